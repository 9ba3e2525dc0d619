using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.Notifications.Email;
using SmartRoom.Modules.Notifications.Features.GetPreferences;
using SmartRoom.Modules.Notifications.Features.GetUnreadCount;
using SmartRoom.Modules.Notifications.Features.ListDeliveries;
using SmartRoom.Modules.Notifications.Features.ListNotifications;
using SmartRoom.Modules.Notifications.Features.MarkNotificationsRead;
using SmartRoom.Modules.Notifications.Features.SendAnnouncement;
using SmartRoom.Modules.Notifications.Features.Unsubscribe;
using SmartRoom.Modules.Notifications.Features.UpdatePreferences;
using SmartRoom.Modules.Notifications.Jobs;
using SmartRoom.Modules.Notifications.Templates;

namespace SmartRoom.Modules.Notifications;

/// <summary>Email (SMTP or pickup folder) with a delivery log, retries and idempotency per event; the in-app feed; preferences.</summary>
public static class NotificationsModule
{
    public static IServiceCollection AddNotificationsModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        services.AddModuleDbContext<NotificationsDbContext, NotificationsSqliteDbContext, NotificationsPostgresDbContext, NotificationsSqlServerDbContext>(
            database, NotificationsDbContext.Schema);
        services.AddModuleValidators(typeof(NotificationsModule).Assembly);

        var section = configuration.GetSection(EmailOptions.Section);
        services.Configure<EmailOptions>(section);
        if (!string.IsNullOrWhiteSpace(section["Smtp:Host"]))
        {
            // A misspelt security mode stops start-up instead of the first email.
            _ = section.GetSection("Smtp").Get<SmtpOptions>()!.SocketOptions();
            services.AddSingleton<IEmailTransport, SmtpEmailTransport>();
        }
        else
        {
            services.AddSingleton<IEmailTransport, PickupFolderTransport>();
        }

        services.AddSingleton<TemplateRenderer>();
        services.AddSingleton<EmailComposer>();
        services.AddSingleton<SealedEmails>();
        services.AddSingleton<DeliveryLog>();
        services.AddScoped<DeliveryDispatcher>();
        NotificationsDataCategories.Register(services);
        services.AddRecurringJob<DispatchRetryJob>(DispatchRetryJob.Id, "* * * * *");
        services.AddRecurringJob<DailyDigestJob>(DailyDigestJob.Id, "0 7 * * *");
        MarketingDataCategories.Register(services);
        services.Configure<MarketingOptions>(configuration.GetSection(MarketingOptions.Section));
        return services;
    }

    public static IEndpointRouteBuilder MapNotificationsEndpoints(this IEndpointRouteBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");
        UnsubscribeEndpoint.Map(notifications);
        var feed = notifications.MapGroup("").RequireAuthorization();
        ListNotificationsEndpoint.Map(feed);
        GetUnreadCountEndpoint.Map(feed);
        MarkNotificationsReadEndpoint.Map(feed);
        var me = api.MapGroup("/me").WithTags("Me").RequireAuthorization();
        GetPreferencesEndpoint.Map(me);
        UpdatePreferencesEndpoint.Map(me);
        ListDeliveriesEndpoint.Map(api.MapGroup("/admin/notifications").WithTags("Admin")
            .RequireAuthorization(PlatformPolicies.Admin));
        SendAnnouncementEndpoint.Map(api.MapGroup("/admin/notifications").WithTags("Admin")
            .RequireAuthorization(PlatformPolicies.Marketing));
        return api;
    }
}
