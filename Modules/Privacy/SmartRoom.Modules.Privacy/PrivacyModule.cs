using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.Privacy.Bootstrap;
using SmartRoom.Modules.Privacy.Features.AcceptPolicy;
using SmartRoom.Modules.Privacy.Features.CreatePolicyDraft;
using SmartRoom.Modules.Privacy.Features.GetCookieConsent;
using SmartRoom.Modules.Privacy.Features.GetMyConsents;
using SmartRoom.Modules.Privacy.Features.GetPolicy;
using SmartRoom.Modules.Privacy.Features.GetPolicyNotices;
using SmartRoom.Modules.Privacy.Features.GetPolicyVersion;
using SmartRoom.Modules.Privacy.Features.GetRetentionSchedule;
using SmartRoom.Modules.Privacy.Features.GetUsageStatistics;
using SmartRoom.Modules.Privacy.Features.GiveConsents;
using SmartRoom.Modules.Privacy.Features.ListConsentPurposes;
using SmartRoom.Modules.Privacy.Features.ListLegalHolds;
using SmartRoom.Modules.Privacy.Features.ListMyConsentHistory;
using SmartRoom.Modules.Privacy.Features.ListPolicies;
using SmartRoom.Modules.Privacy.Features.ListPolicyVersions;
using SmartRoom.Modules.Privacy.Features.ListRetentionRuns;
using SmartRoom.Modules.Privacy.Features.PlaceLegalHold;
using SmartRoom.Modules.Privacy.Features.PublishConsentPurposeVersion;
using SmartRoom.Modules.Privacy.Features.PublishPolicy;
using SmartRoom.Modules.Privacy.Features.ReleaseLegalHold;
using SmartRoom.Modules.Privacy.Features.SetCookieConsent;
using SmartRoom.Modules.Privacy.Features.UpdatePolicyDraft;
using SmartRoom.Modules.Privacy.Jobs;

namespace SmartRoom.Modules.Privacy;

/// <summary>
/// Policy versions and their acceptance (with the gate in front of the API) and change notices, the consent
/// ledger and cookie choices, the data map and retention with legal holds, the breach register and its 72-hour
/// clock, and aggregate statistics. Keeps its own copy of accounts from Identity's events; reaches other modules
/// only by messages (docs/adr/0016).
/// </summary>
public static class PrivacyModule
{
    public static IServiceCollection AddPrivacyModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<PrivacyDbContext, PrivacySqliteDbContext, PrivacyPostgresDbContext, PrivacySqlServerDbContext>(
            database, PrivacyDbContext.Schema);
        services.AddModuleValidators(typeof(PrivacyModule).Assembly);
        services.AddSingleton<DataMap>();
        AccountCopyDataCategories.Register(services);

        PolicyDataCategories.Register(services);
        services.AddSingleton<PolicyCatalog>();
        services.AddScoped<PolicyStandings>();
        services.AddScoped<PolicyPublication>();
        services.AddHostedService<PrivacyBootstrapper>();
        AddPolicyNotices(services, configuration);

        ConsentDataCategories.Register(services);
        services.Configure<ConsentOptions>(configuration.GetSection(ConsentOptions.Section));
        services.AddHostedService<ConsentPurposesBootstrapper>();

        RetentionSchedule.ValidateSettings(configuration);
        services.AddSingleton<RetentionSchedule>();
        RetentionDataCategories.Register(services);
        services.AddRecurringJob<RetentionJob>(RetentionJob.Id, configuration[RetentionJob.ScheduleSetting] is { Length: > 0 } cron ? cron : RetentionJob.Schedule);

        BreachRegisterSetup.Add(services, configuration);
        StatisticsDataCategories.Register(services, configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder api)
    {
        var privacy = api.MapGroup("/privacy").WithTags("Privacy");
        GetPolicyEndpoint.Map(privacy);
        ListPoliciesEndpoint.Map(privacy);
        GetPolicyVersionEndpoint.Map(privacy);
        ListConsentPurposesEndpoint.Map(privacy);
        SetCookieConsentEndpoint.Map(privacy);
        GetCookieConsentEndpoint.Map(privacy);

        AcceptPolicyEndpoint.Map(api.MapGroup("/me/policy").WithTags("Me"));
        var me = api.MapGroup("/me").WithTags("Me").RequireAuthorization();
        GetMyConsentsEndpoint.Map(me);
        GiveConsentsEndpoint.Map(me);
        ListMyConsentHistoryEndpoint.Map(me);

        var officers = api.MapGroup("/admin/privacy").WithTags("Admin").RequireAuthorization(PlatformPolicies.PrivacyOfficer);
        var policies = officers.MapGroup("/policies");
        CreatePolicyDraftEndpoint.Map(policies);
        UpdatePolicyDraftEndpoint.Map(policies);
        ListPolicyVersionsEndpoint.Map(policies);
        PublishPolicyEndpoint.Map(policies);
        GetPolicyNoticesEndpoint.Map(policies);
        PublishConsentPurposeVersionEndpoint.Map(officers);
        GetRetentionScheduleEndpoint.Map(officers);
        ListRetentionRunsEndpoint.Map(officers);
        PlaceLegalHoldEndpoint.Map(officers);
        ListLegalHoldsEndpoint.Map(officers);
        ReleaseLegalHoldEndpoint.Map(officers);
        BreachRegisterSetup.Map(officers.MapGroup("/breaches"));

        GetUsageStatisticsEndpoint.Map(api.MapGroup("/admin/statistics").WithTags("Admin").RequireAuthorization(PlatformPolicies.Admin));
        return api;
    }

    /// <summary>After authorization: the privacy policy acceptance gate (see <see cref="PolicyAcceptanceGate"/>).</summary>
    public static IApplicationBuilder UsePrivacyPolicyGate(this IApplicationBuilder app) => app.UsePolicyAcceptanceGate();

    /// <summary>Policy-change notices: accounts older than Privacy, notice runs, the job and its data category.</summary>
    private static void AddPolicyNotices(IServiceCollection services, IConfiguration configuration)
    {
        var runsJobs = configuration.GetValue("SmartRoom:Jobs:RunServer", true);
        services.AddOptions<PolicyNoticeOptions>()
            .Configure(o => o.TriggerAtOnce = runsJobs)
            .Bind(configuration.GetSection(PolicyNoticeOptions.Section));
        services.AddSingleton<NoticeBatchFaults>();
        services.AddSingleton<AccountReplayRequester>();
        services.AddHostedService(sp => sp.GetRequiredService<AccountReplayRequester>());
        services.AddRecurringJob<PolicyChangeNoticesJob>(PolicyChangeNoticesJob.Id,
            configuration.GetValue($"{PolicyNoticeOptions.Section}:Cron", PolicyNoticeOptions.DefaultCron)!);
        PolicyNoticeDataCategories.Register(services);
    }
}
