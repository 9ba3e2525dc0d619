using System.Reflection;
using SmartRoom.Modules.Content;
using SmartRoom.Modules.DealRooms;
using SmartRoom.Modules.Identity;
using SmartRoom.Modules.Messaging;
using SmartRoom.Modules.Notifications;
using SmartRoom.Modules.Privacy;

namespace SmartRoom.Host;

/// <summary>The modules this host is composed of, in one place.</summary>
internal static class ModuleCatalog
{
    public static readonly IReadOnlyList<Assembly> Assemblies =
    [
        typeof(IdentityModule).Assembly,
        typeof(DealRoomsModule).Assembly,
        typeof(MessagingModule).Assembly,
        typeof(PrivacyModule).Assembly,
        typeof(ContentModule).Assembly,
        typeof(NotificationsModule).Assembly,
    ];

    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration, SmartRoom.BuildingBlocks.Persistence.DatabaseOptions database) =>
        services
            .AddIdentityModule(configuration, database)
            .AddDealRoomsModule(configuration, database)
            .AddMessagingModule(configuration, database)
            .AddPrivacyModule(configuration, database)
            .AddContentModule(configuration, database)
            .AddNotificationsModule(configuration, database);

    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder api) =>
        api.MapIdentityEndpoints()
            .MapDealRoomsEndpoints()
            .MapMessagingEndpoints()
            .MapPrivacyEndpoints()
            .MapContentEndpoints()
            .MapNotificationsEndpoints();
}
