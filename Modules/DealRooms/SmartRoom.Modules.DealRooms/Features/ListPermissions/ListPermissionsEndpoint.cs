using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.ListPermissions;

internal static class ListPermissionsEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapRoomQuery("/{roomId:guid}/permissions", roomId => new ListPermissions(roomId), StatusCodes.Status404NotFound)
            .WithName("ListPermissions");
}
