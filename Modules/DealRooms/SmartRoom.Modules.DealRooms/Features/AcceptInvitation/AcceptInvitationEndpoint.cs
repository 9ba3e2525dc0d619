using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.AcceptInvitation;

internal static class AcceptInvitationEndpoint
{
    internal sealed record Body(string Token);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/invitations/accept", async (Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new AcceptInvitation(body.Token), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("AcceptInvitation")
            .WithTags("Deal rooms")
            .WithSummary("Join the room of an emailed invitation (signed in with the invited email).")
            .Produces<RoomView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .RequireAuthorization();
}
