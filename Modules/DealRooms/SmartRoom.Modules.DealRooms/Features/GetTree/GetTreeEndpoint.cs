using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.GetTree;

internal static class GetTreeEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapRoomQuery("/{roomId:guid}/tree", roomId => new GetTree(roomId), StatusCodes.Status404NotFound)
            .WithName("GetTree")
            .WithSummary("{folders, documents} with index numbers and your level on each; only what you may view.");
}
