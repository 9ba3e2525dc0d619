using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.Content.Features.CreatePost;
using SmartRoom.Modules.Content.Features.DeletePost;
using SmartRoom.Modules.Content.Features.GetPost;
using SmartRoom.Modules.Content.Features.GetPostPreview;
using SmartRoom.Modules.Content.Features.GetPublicPost;
using SmartRoom.Modules.Content.Features.ListPosts;
using SmartRoom.Modules.Content.Features.ListPublicPosts;
using SmartRoom.Modules.Content.Features.ListPublicTags;
using SmartRoom.Modules.Content.Features.PublishPost;
using SmartRoom.Modules.Content.Features.UnpublishPost;
using SmartRoom.Modules.Content.Features.UpdatePost;
using SmartRoom.Modules.Content.Jobs;

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
        services.AddRecurringJob<PublishScheduledPostsJob>(PublishScheduledPostsJob.Id, PublishScheduledPostsJob.Schedule);
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
    }

    // Each area makes its groups under /api/content (tagged "Blog", "Comments", "Testimonials", "Removal requests",
    // "Moderation") and its endpoints state their own rule (.Public() or .RequireAuthorization(...)).
    private static void MapPostEndpoints(IEndpointRouteBuilder content)
    {
        var editor = content.MapGroup("/editor/posts").WithTags("Blog").RequireAuthorization(PlatformPolicies.Marketing);
        CreatePostEndpoint.Map(editor);
        ListPostsEndpoint.Map(editor);
        GetPostEndpoint.Map(editor);
        UpdatePostEndpoint.Map(editor);
        GetPostPreviewEndpoint.Map(editor);
        PublishPostEndpoint.Map(editor);
        UnpublishPostEndpoint.Map(editor);
        DeletePostEndpoint.Map(editor);

        // Public reads: each endpoint says .Public() and why.
        var blog = content.MapGroup("").WithTags("Blog");
        ListPublicPostsEndpoint.Map(blog);
        GetPublicPostEndpoint.Map(blog);
        ListPublicTagsEndpoint.Map(blog);
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
