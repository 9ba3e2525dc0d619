using SmartRoom.Modules.Notifications.Views;

namespace SmartRoom.Modules.Notifications.Features.MarkNotificationsRead;

internal static class MarkNotificationsReadEndpoint
{
    public static void Map(IEndpointRouteBuilder notifications)
    {
        notifications.MapPost("/{notificationId:guid}/read", async (Guid notificationId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new MarkNotificationsRead(notificationId), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("MarkNotificationRead")
            .Produces<UnreadCount>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        notifications.MapPost("/read-all", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new MarkNotificationsRead(null), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("MarkAllNotificationsRead")
            .Produces<UnreadCount>();
    }
}
