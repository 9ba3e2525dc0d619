using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.GetRoomTerms;

internal static class GetRoomTermsEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapRoomQuery("/{roomId:guid}/terms", roomId => new GetRoomTerms(roomId), StatusCodes.Status404NotFound)
            .WithName("GetRoomTerms");
}
