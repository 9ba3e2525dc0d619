namespace SmartRoom.Modules.DealRooms.Features.GetEffectiveAccess;

internal static class GetEffectiveAccessEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/groups/{groupId:guid}/effective-access", async (Guid roomId, Guid groupId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetEffectiveAccess(roomId, groupId), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("GetEffectiveAccess")
            .WithSummary("Preview as a group: the tree exactly as its members see it.")
            .Produces<TreeView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
