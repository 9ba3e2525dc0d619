using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.Content.Features.ApproveComment;
using SmartRoom.Modules.Content.Features.BanCommenter;
using SmartRoom.Modules.Content.Features.DeleteComment;
using SmartRoom.Modules.Content.Features.HideComment;
using SmartRoom.Modules.Content.Features.LiftCommenterBan;
using SmartRoom.Modules.Content.Features.ListCommenterBans;
using SmartRoom.Modules.Content.Features.ListComments;
using SmartRoom.Modules.Content.Features.ListModeratedComments;
using SmartRoom.Modules.Content.Features.ListMyComments;
using SmartRoom.Modules.Content.Features.PostComment;
using SmartRoom.Modules.Content.Features.ReportComment;

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
        services.AddSingleton(CommentLimits.From(configuration));
        services.AddSingleton<CommentFingerprints>();
        services.AddScoped<CommentModeration>();
        services.AddScoped<RetryAfter>();
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
    }

    private static void MapCommentEndpoints(IEndpointRouteBuilder content)
    {
        var comments = content.MapGroup("").WithTags("Comments");
        ListCommentsEndpoint.Map(comments);
        PostCommentEndpoint.Map(comments);
        ListMyCommentsEndpoint.Map(comments);
        ReportCommentEndpoint.Map(comments);

        var moderation = content.MapGroup("/moderation").WithTags("Moderation").RequireAuthorization(PlatformPolicies.Marketing);
        ListModeratedCommentsEndpoint.Map(moderation);
        ApproveCommentEndpoint.Map(moderation);
        HideCommentEndpoint.Map(moderation);
        DeleteCommentEndpoint.Map(moderation);
        BanCommenterEndpoint.Map(moderation);
        LiftCommenterBanEndpoint.Map(moderation);
        ListCommenterBansEndpoint.Map(moderation);
    }

    private static void MapTestimonialEndpoints(IEndpointRouteBuilder content)
    {
    }

    private static void MapRemovalRequestEndpoints(IEndpointRouteBuilder content)
    {
    }
}
