using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.Notifications.Email;
using SmartRoom.Modules.Notifications.Features.SendEmail;
using SmartRoom.Modules.Notifications.Jobs;
using SmartRoom.Modules.Notifications.Persistence;

namespace SmartRoom.Modules.Notifications;

/// <summary>Email (SMTP or pickup folder) with a delivery log, retries and idempotency per event.</summary>
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
            services.AddSingleton<IEmailTransport, SmtpEmailTransport>();
        }
        else
        {
            services.AddSingleton<IEmailTransport, PickupFolderTransport>();
        }

        services.AddScoped<DeliveryDispatcher>();
        services.AddRecurringJob<DispatchRetryJob>(DispatchRetryJob.Id, "* * * * *");
        return services;
    }

    public static IEndpointRouteBuilder MapNotificationsEndpoints(this IEndpointRouteBuilder api) => api;
}
