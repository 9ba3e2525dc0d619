using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.RequestSupportAccess;

internal static class RequestSupportAccessEndpoint
{
    internal sealed record Body(string Reason);

    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("/{roomId:guid}/support-access-requests", async (Guid roomId, Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new RequestSupportAccess(roomId, body.Reason), ct))
                .ToHttp(r => TypedResults.Created($"/api/deal-rooms/{roomId}/support-access-requests/{r.Id}", r)))
            .WithName("RequestSupportAccess")
            .WithSummary("Support staff ask a room's managers to let them in (Support role).")
            .Produces<SupportAccessView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
