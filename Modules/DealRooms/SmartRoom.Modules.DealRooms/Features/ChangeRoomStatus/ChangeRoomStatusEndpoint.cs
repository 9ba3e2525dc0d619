using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ChangeRoomStatus;

internal static class ChangeRoomStatusEndpoint
{
    internal sealed record Body(RoomStatus Status);

    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("/{roomId:guid}/status", async (Guid roomId, Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ChangeRoomStatus(roomId, body.Status), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ChangeDealRoomStatus")
            .Produces<RoomView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
