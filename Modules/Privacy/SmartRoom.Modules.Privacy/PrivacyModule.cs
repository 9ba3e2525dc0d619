using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Privacy;

/// <summary>Data-subject rights, retention, breach register and policy versions. No slices yet.</summary>
public static class PrivacyModule
{
    public static IServiceCollection AddPrivacyModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database) =>
        services.AddModuleValidators(typeof(PrivacyModule).Assembly);

    public static IEndpointRouteBuilder MapPrivacyEndpoints(this IEndpointRouteBuilder api) => api;
}
