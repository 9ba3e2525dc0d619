using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;

namespace SmartRoom.Modules.Content;

/// <summary>
/// The public blog with its community comments, customers' testimonials published with their consent, requests to
/// remove content, all moderated by marketing staff; and the small public site that shows them.
/// </summary>
public static class ContentModule
{
    public static IServiceCollection AddContentModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<ContentDbContext, ContentSqliteDbContext, ContentPostgresDbContext, ContentSqlServerDbContext>(
            database, ContentDbContext.Schema);
        services.AddModuleValidators(typeof(ContentModule).Assembly);
        services.AddScoped<ModerationLog>();
        return services;
    }

    public static IEndpointRouteBuilder MapContentEndpoints(this IEndpointRouteBuilder api)
    {
        var content = api.MapGroup("/content");
        MapPostEndpoints(content.MapGroup("/posts").WithTags("Blog"));
        MapCommentEndpoints(content.MapGroup("/comments").WithTags("Comments"));
        MapTestimonialEndpoints(content.MapGroup("/testimonials").WithTags("Testimonials"));
        MapRemovalRequestEndpoints(content.MapGroup("/removal-requests").WithTags("Removal requests"));
        return api;
    }

    // Each area's endpoints state their own rule (.Public() or .RequireAuthorization(...)), as the groups state none.
    private static void MapPostEndpoints(IEndpointRouteBuilder posts)
    {
    }

    private static void MapCommentEndpoints(IEndpointRouteBuilder comments)
    {
    }

    private static void MapTestimonialEndpoints(IEndpointRouteBuilder testimonials)
    {
    }

    private static void MapRemovalRequestEndpoints(IEndpointRouteBuilder removalRequests)
    {
    }
}
