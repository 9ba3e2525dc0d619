using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Notifications.Features.ListDeliveries;

internal static class ListDeliveriesEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/deliveries", async (DeliveryStatus? status, string? to, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListDeliveries(status, to, page ?? 1, pageSize ?? 50), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListEmailDeliveries")
            .WithSummary("The email delivery log (Queued, Sent, Failed), newest first.")
            .Produces<Paged<DeliveryRecord>>();
}
