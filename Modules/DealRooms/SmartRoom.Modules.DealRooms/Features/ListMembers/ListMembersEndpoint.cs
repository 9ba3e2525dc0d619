using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ListMembers;

internal static class ListMembersEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/members", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListMembers(roomId), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListMembers")
            .Produces<IReadOnlyList<MemberView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
