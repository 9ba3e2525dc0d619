using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.GetRoom;

internal static class GetRoomEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetRoom(roomId), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("GetDealRoom")
            .WithSummary("The room, the caller's role, the terms' state and the notice of what the room records.")
            .Produces<RoomDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
