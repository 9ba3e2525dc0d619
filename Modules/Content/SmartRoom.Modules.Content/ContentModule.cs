using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Content;

/// <summary>Testimonials and the moderated blog / community forum. No slices yet.</summary>
public static class ContentModule
{
    public static IServiceCollection AddContentModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database) =>
        services.AddModuleValidators(typeof(ContentModule).Assembly);

    public static IEndpointRouteBuilder MapContentEndpoints(this IEndpointRouteBuilder api) => api;
}
