using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ListInvitations;

internal static class ListInvitationsEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/invitations", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListInvitations(roomId), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListInvitations")
            .Produces<IReadOnlyList<InvitationView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
