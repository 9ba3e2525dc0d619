namespace SmartRoom.Modules.DealRooms.Features.GetTree;

internal static class GetTreeEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/tree", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetTree(roomId), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("GetTree")
            .WithSummary("{folders, documents} with index numbers and your level on each; only what you may view.")
            .Produces<TreeView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
