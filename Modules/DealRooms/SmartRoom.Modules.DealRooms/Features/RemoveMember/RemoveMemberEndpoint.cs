namespace SmartRoom.Modules.DealRooms.Features.RemoveMember;

internal static class RemoveMemberEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapDelete("/{roomId:guid}/members/{userId:guid}", async (Guid roomId, Guid userId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new RemoveMember(roomId, userId), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("RemoveMember")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
