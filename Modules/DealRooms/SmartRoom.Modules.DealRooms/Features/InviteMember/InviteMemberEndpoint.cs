using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.InviteMember;

internal static class InviteMemberEndpoint
{
    internal sealed record Body(string Email, RoomRole Role, Guid? GroupId, DateTimeOffset? ExpiresAt);

    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("/{roomId:guid}/invitations", async (Guid roomId, Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new InviteMember(roomId, body.Email, body.Role, body.GroupId, body.ExpiresAt), ct))
                .ToHttp(i => TypedResults.Created($"/api/deal-rooms/{roomId}/invitations/{i.Id}", i)))
            .WithName("InviteMember")
            .Produces<InvitationView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
