using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.Privacy.Features.GetPolicyNotices;
using SmartRoom.Modules.Privacy.Jobs;

namespace SmartRoom.Modules.Privacy;

/// <summary>
/// Policy versions and their acceptance, the consent ledger, the data map and retention with legal holds, the
/// breach register. Keeps its own copy of accounts from Identity's events; reaches other modules only by messages.
/// </summary>
public static class PrivacyModule
{
    public static IServiceCollection AddPrivacyModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<PrivacyDbContext, PrivacySqliteDbContext, PrivacyPostgresDbContext, PrivacySqlServerDbContext>(
            database, PrivacyDbContext.Schema);
        services.AddModuleValidators(typeof(PrivacyModule).Assembly);
        services.AddSingleton<DataMap>();
        AddPolicyNotices(services, configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin/privacy").WithTags("Privacy").RequireAuthorization(PlatformPolicies.PrivacyOfficer);
        GetPolicyNoticesEndpoint.Map(admin);
        return api;
    }

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
