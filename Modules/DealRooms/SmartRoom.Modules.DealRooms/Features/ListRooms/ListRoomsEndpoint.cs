using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ListRooms;

internal static class ListRoomsEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms)
    {
        rooms.MapGet("", async (ISender sender, CancellationToken ct) => (await sender.Send(new ListRooms(), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListDealRooms")
            .Produces<IReadOnlyList<RoomView>>();
    }
}
