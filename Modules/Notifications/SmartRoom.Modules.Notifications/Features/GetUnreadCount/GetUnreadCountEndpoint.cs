using SmartRoom.Modules.Notifications.Views;

namespace SmartRoom.Modules.Notifications.Features.GetUnreadCount;

internal static class GetUnreadCountEndpoint
{
    public static void Map(IEndpointRouteBuilder notifications) =>
        notifications.MapGet("/unread-count", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetUnreadCount(), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("GetUnreadNotificationCount")
            .Produces<UnreadCount>();
}
