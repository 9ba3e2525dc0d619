using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.Content.Features.DecideRemovalRequest;
using SmartRoom.Modules.Content.Features.GetRemovalRequest;
using SmartRoom.Modules.Content.Features.ListModerationRecords;
using SmartRoom.Modules.Content.Features.ListRemovalRequests;
using SmartRoom.Modules.Content.Features.SubmitRemovalRequest;
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
        AddRemovalRequests(services, configuration);
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
    }

    private static void MapTestimonialEndpoints(IEndpointRouteBuilder content)
    {
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
