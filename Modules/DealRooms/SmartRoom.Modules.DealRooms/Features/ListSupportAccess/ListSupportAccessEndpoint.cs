using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ListSupportAccess;

internal static class ListSupportAccessEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/support-access", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListSupportAccess(roomId), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListSupportAccess")
            .WithSummary("Support requests and grants (active = approved and not yet expired).")
            .Produces<IReadOnlyList<SupportAccessView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
