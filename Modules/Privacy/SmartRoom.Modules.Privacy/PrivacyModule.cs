using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;

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
        BreachRegisterSetup.Add(services, configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder api)
    {
        BreachRegisterSetup.Map(api);
        return api;
    }
}
