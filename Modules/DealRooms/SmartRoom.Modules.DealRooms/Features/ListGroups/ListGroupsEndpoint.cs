using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ListGroups;

internal static class ListGroupsEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/groups", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListGroups(roomId), ct)).ToHttp(g => TypedResults.Ok(g)))
            .WithName("ListGroups")
            .Produces<IReadOnlyList<GroupView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
