using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.ListSupportAccess;

internal static class ListSupportAccessEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapRoomQuery("/{roomId:guid}/support-access", roomId => new ListSupportAccess(roomId), StatusCodes.Status404NotFound)
            .WithName("ListSupportAccess")
            .WithSummary("Support requests and grants (active = approved and not yet expired).");
}
