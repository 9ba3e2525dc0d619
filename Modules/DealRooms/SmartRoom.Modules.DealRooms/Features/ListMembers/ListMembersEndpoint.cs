using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.ListMembers;

internal static class ListMembersEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapRoomQuery("/{roomId:guid}/members", roomId => new ListMembers(roomId), StatusCodes.Status404NotFound)
            .WithName("ListMembers");
}
