namespace SmartRoom.Modules.DealRooms.Features.RevokeInvitation;

internal static class RevokeInvitationEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapDelete("/{roomId:guid}/invitations/{invitationId:guid}", async (Guid roomId, Guid invitationId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new RevokeInvitation(roomId, invitationId), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("RevokeInvitation")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
