using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.ListGroups;

internal static class ListGroupsEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapRoomQuery("/{roomId:guid}/groups", roomId => new ListGroups(roomId), StatusCodes.Status404NotFound)
            .WithName("ListGroups");
}
