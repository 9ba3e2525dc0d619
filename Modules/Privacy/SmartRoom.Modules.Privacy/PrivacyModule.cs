using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.Privacy.Features.GetRetentionSchedule;
using SmartRoom.Modules.Privacy.Features.ListLegalHolds;
using SmartRoom.Modules.Privacy.Features.ListRetentionRuns;
using SmartRoom.Modules.Privacy.Features.PlaceLegalHold;
using SmartRoom.Modules.Privacy.Features.ReleaseLegalHold;
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
        RetentionSchedule.ValidateSettings(configuration);
        services.AddSingleton<RetentionSchedule>();
        RetentionDataCategories.Register(services);
        services.AddRecurringJob<RetentionJob>(RetentionJob.Id, configuration[RetentionJob.ScheduleSetting] is { Length: > 0 } cron ? cron : RetentionJob.Schedule);
        return services;
    }

    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder api)
    {
        var officers = api.MapGroup("/admin/privacy").WithTags("Privacy").RequireAuthorization(PlatformPolicies.PrivacyOfficer);
        GetRetentionScheduleEndpoint.Map(officers);
        ListRetentionRunsEndpoint.Map(officers);
        PlaceLegalHoldEndpoint.Map(officers);
        ListLegalHoldsEndpoint.Map(officers);
        ReleaseLegalHoldEndpoint.Map(officers);
        return api;
    }
}
