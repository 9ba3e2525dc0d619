namespace SmartRoom.Modules.Notifications.Features.ListNotifications;

internal static class ListNotificationsEndpoint
{
    public static void Map(IEndpointRouteBuilder notifications) =>
        notifications.MapGet("", async (int? page, int? pageSize, bool? unreadOnly, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListNotifications(page ?? 1, pageSize ?? 50, unreadOnly == true), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListNotifications")
            .WithSummary("Your notices, newest first, with the unread count.")
            .Produces<FeedPage>();
}
