using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.UpdateMember;

internal static class UpdateMemberEndpoint
{
    internal sealed record Body(RoomRole? Role, Guid? GroupId, DateTimeOffset? AccessExpiresAt, bool ClearAccessExpiry = false);

    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPatch("/{roomId:guid}/members/{userId:guid}", async (Guid roomId, Guid userId, Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new UpdateMember(roomId, userId, body.Role, body.GroupId, body.AccessExpiresAt, body.ClearAccessExpiry), ct))
                .ToHttp(r => TypedResults.Ok(r)))
            .WithName("UpdateMember")
            .Produces<MemberView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
