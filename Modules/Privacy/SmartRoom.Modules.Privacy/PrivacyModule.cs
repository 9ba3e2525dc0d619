using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.Privacy.Bootstrap;
using SmartRoom.Modules.Privacy.Features.GetCookieConsent;
using SmartRoom.Modules.Privacy.Features.GetMyConsents;
using SmartRoom.Modules.Privacy.Features.GiveConsents;
using SmartRoom.Modules.Privacy.Features.ListConsentPurposes;
using SmartRoom.Modules.Privacy.Features.ListMyConsentHistory;
using SmartRoom.Modules.Privacy.Features.PublishConsentPurposeVersion;
using SmartRoom.Modules.Privacy.Features.SetCookieConsent;

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
        ConsentDataCategories.Register(services);
        services.Configure<ConsentOptions>(configuration.GetSection(ConsentOptions.Section));
        services.AddHostedService<ConsentPurposesBootstrapper>();
        return services;
    }

    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder api)
    {
        var privacy = api.MapGroup("/privacy").WithTags("Privacy");
        ListConsentPurposesEndpoint.Map(privacy);
        SetCookieConsentEndpoint.Map(privacy);
        GetCookieConsentEndpoint.Map(privacy);
        var me = api.MapGroup("/me").WithTags("Me").RequireAuthorization();
        GetMyConsentsEndpoint.Map(me);
        GiveConsentsEndpoint.Map(me);
        ListMyConsentHistoryEndpoint.Map(me);
        var admin = api.MapGroup("/admin/privacy").WithTags("Admin").RequireAuthorization(PlatformPolicies.PrivacyOfficer);
        PublishConsentPurposeVersionEndpoint.Map(admin);
        return api;
    }
}
