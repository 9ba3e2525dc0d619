using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.Content.Features.ApproveComment;
using SmartRoom.Modules.Content.Features.ApproveTestimonial;
using SmartRoom.Modules.Content.Features.ArrangeTestimonial;
using SmartRoom.Modules.Content.Features.BanCommenter;
using SmartRoom.Modules.Content.Features.ChooseCookies;
using SmartRoom.Modules.Content.Features.CreatePost;
using SmartRoom.Modules.Content.Features.DecideRemovalRequest;
using SmartRoom.Modules.Content.Features.DeleteComment;
using SmartRoom.Modules.Content.Features.DeletePost;
using SmartRoom.Modules.Content.Features.EditTestimonial;
using SmartRoom.Modules.Content.Features.GetBlogPage;
using SmartRoom.Modules.Content.Features.GetContentImage;
using SmartRoom.Modules.Content.Features.GetFeed;
using SmartRoom.Modules.Content.Features.GetCookiesPage;
using SmartRoom.Modules.Content.Features.GetModerationTestimonial;
using SmartRoom.Modules.Content.Features.GetPost;
using SmartRoom.Modules.Content.Features.GetPostPage;
using SmartRoom.Modules.Content.Features.GetPostPreview;
using SmartRoom.Modules.Content.Features.GetPrivacyPage;
using SmartRoom.Modules.Content.Features.GetPublicPost;
using SmartRoom.Modules.Content.Features.GetRemovalRequest;
using SmartRoom.Modules.Content.Features.GetRobots;
using SmartRoom.Modules.Content.Features.GetSitemap;
using SmartRoom.Modules.Content.Features.GetTagPage;
using SmartRoom.Modules.Content.Features.GetTestimonialConsentText;
using SmartRoom.Modules.Content.Features.GetTestimonialsPage;
using SmartRoom.Modules.Content.Features.HideComment;
using SmartRoom.Modules.Content.Features.LiftCommenterBan;
using SmartRoom.Modules.Content.Features.ListCommenterBans;
using SmartRoom.Modules.Content.Features.ListComments;
using SmartRoom.Modules.Content.Features.ListModeratedComments;
using SmartRoom.Modules.Content.Features.ListModerationRecords;
using SmartRoom.Modules.Content.Features.ListModerationTestimonials;
using SmartRoom.Modules.Content.Features.ListMyComments;
using SmartRoom.Modules.Content.Features.ListMyTestimonials;
using SmartRoom.Modules.Content.Features.ListPosts;
using SmartRoom.Modules.Content.Features.ListPublicPosts;
using SmartRoom.Modules.Content.Features.ListPublicTags;
using SmartRoom.Modules.Content.Features.ListRemovalRequests;
using SmartRoom.Modules.Content.Features.ListTestimonials;
using SmartRoom.Modules.Content.Features.PostComment;
using SmartRoom.Modules.Content.Features.PublishPost;
using SmartRoom.Modules.Content.Features.RejectTestimonial;
using SmartRoom.Modules.Content.Features.ReportComment;
using SmartRoom.Modules.Content.Features.SubmitRemovalRequest;
using SmartRoom.Modules.Content.Features.SubmitTestimonial;
using SmartRoom.Modules.Content.Features.SubmitTestimonialOnBehalf;
using SmartRoom.Modules.Content.Features.UnpublishPost;
using SmartRoom.Modules.Content.Features.UnpublishTestimonial;
using SmartRoom.Modules.Content.Features.UpdatePost;
using SmartRoom.Modules.Content.Features.WithdrawTestimonial;
using SmartRoom.Modules.Content.Images;
using SmartRoom.Modules.Content.Jobs;
using SmartRoom.Modules.Content.Site;

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
        // The public site: pages rendered on the server, forms protected by antiforgery tokens.
        services.AddAntiforgery();
        services.AddSingleton(SiteSettings.From(configuration));
        services.AddScoped<SitePages>();
        services.AddSingleton<SiteDocumentCache>();
        services.AddSingleton<ImageStore>();
        services.AddScoped<TestimonialImages>();
        services.AddScoped<TestimonialDecisions>();
        services.AddRecurringJob<PublishScheduledPostsJob>(PublishScheduledPostsJob.Id, PublishScheduledPostsJob.Schedule);
        AddRemovalRequests(services, configuration);
        services.AddSingleton(CommentLimits.From(configuration));
        services.AddSingleton<CommentFingerprints>();
        services.AddScoped<CommentModeration>();
        services.AddScoped<RetryAfter>();
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
        SiteStylesheet.Map(site);
        SiteIcon.Map(site);
        GetBlogPageEndpoint.Map(site);
        GetPostPageEndpoint.Map(site);
        GetTagPageEndpoint.Map(site);
        GetTestimonialsPageEndpoint.Map(site);
        GetPrivacyPageEndpoint.Map(site);
        GetCookiesPageEndpoint.Map(site);
        ChooseCookiesEndpoint.Map(site);
    }

    private static void MapFeedEndpoints(IEndpointRouteBuilder site)
    {
        GetFeedEndpoint.Map(site);
        GetSitemapEndpoint.Map(site);
        GetRobotsEndpoint.Map(site);
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
        var testimonials = content.MapGroup("").WithTags("Testimonials");
        GetTestimonialConsentTextEndpoint.Map(testimonials);
        ListTestimonialsEndpoint.Map(testimonials);
        SubmitTestimonialEndpoint.Map(testimonials);
        ListMyTestimonialsEndpoint.Map(testimonials);
        EditTestimonialEndpoint.Map(testimonials);
        WithdrawTestimonialEndpoint.Map(testimonials);
        GetContentImageEndpoint.Map(content.MapGroup("").WithTags("Testimonials"));

        var moderation = content.MapGroup("/moderation").WithTags("Moderation").RequireAuthorization(PlatformPolicies.Marketing);
        ListModerationTestimonialsEndpoint.Map(moderation);
        GetModerationTestimonialEndpoint.Map(moderation);
        SubmitTestimonialOnBehalfEndpoint.Map(moderation);
        ApproveTestimonialEndpoint.Map(moderation);
        RejectTestimonialEndpoint.Map(moderation);
        UnpublishTestimonialEndpoint.Map(moderation);
        ArrangeTestimonialEndpoint.Map(moderation);
    }

    private static void MapRemovalRequestEndpoints(IEndpointRouteBuilder content)
    {
        SubmitRemovalRequestEndpoint.Map(content);
        var moderation = content.MapGroup("/moderation").WithTags("Moderation").RequireAuthorization(PlatformPolicies.Marketing);
        ListRemovalRequestsEndpoint.Map(moderation);
        GetRemovalRequestEndpoint.Map(moderation);
        DecideRemovalRequestEndpoint.Map(moderation);
        ListModerationRecordsEndpoint.Map(moderation);
    }

    /// <summary>Removal requests and their deadline reminders, the marketing team that receives them, and Content's personal data.</summary>
    private static void AddRemovalRequests(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(RemovalRequestOptions.From(configuration));
        services.AddSingleton(ModerationTeamOptions.From(configuration));
        services.AddScoped<ModerationTeam>();
        services.AddSingleton<TeamReplayRequester>();
        services.AddHostedService(sp => sp.GetRequiredService<TeamReplayRequester>());
        services.AddRecurringJob<RemovalRemindersJob>(RemovalRemindersJob.Id, RemovalRemindersJob.Schedule);
        ContentDataCategories.Register(services);
    }
}
