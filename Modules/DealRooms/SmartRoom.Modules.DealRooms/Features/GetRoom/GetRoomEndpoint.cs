using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.GetRoom;

internal static class GetRoomEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapRoomQuery("/{roomId:guid}", roomId => new GetRoom(roomId), StatusCodes.Status404NotFound)
            .WithName("GetDealRoom")
            .WithSummary("The room, the caller's role, the terms' state and the notice of what the room records.");
}
