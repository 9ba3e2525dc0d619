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
        services.Configure<FeedOptions>(configuration.GetSection(FeedOptions.Section));
        return services;
    }

    public static IEndpointRouteBuilder MapContentEndpoints(this IEndpointRouteBuilder api)
    {
        var content = api.MapGroup("/content");
        MapPostEndpoints(content);
        MapCommentEndpoints(content);
        MapTestimonialEndpoints(content);
        MapRemovalRequestEndpoints(content);
        return api;
    }

    /// <summary>
    /// The public site at the root of the host (not under <c>/api</c>): the blog's pages, the testimonials page, the
    /// privacy policy, the cookie choice, the feeds and the sitemap. Pages are rendered on the server and need no script.
    /// </summary>
    public static IEndpointRouteBuilder MapContentSite(this IEndpointRouteBuilder app)
    {
        MapPageEndpoints(app);
        MapFeedEndpoints(app);
        return app;
    }

    private static void MapPageEndpoints(IEndpointRouteBuilder site)
    {
    }

    private static void MapFeedEndpoints(IEndpointRouteBuilder site)
    {
        Features.GetFeed.GetFeedEndpoint.Map(site);
        Features.GetSitemap.GetSitemapEndpoint.Map(site);
        Features.GetRobots.GetRobotsEndpoint.Map(site);
    }

    // Each area makes its groups under /api/content (tagged "Blog", "Comments", "Testimonials", "Removal requests",
    // "Moderation") and its endpoints state their own rule (.Public() or .RequireAuthorization(...)).
    private static void MapPostEndpoints(IEndpointRouteBuilder content)
    {
    }

    private static void MapCommentEndpoints(IEndpointRouteBuilder content)
    {
    }

    private static void MapTestimonialEndpoints(IEndpointRouteBuilder content)
    {
    }

    private static void MapRemovalRequestEndpoints(IEndpointRouteBuilder content)
    {
    }
}
