namespace SmartRoom.Modules.Content.Features.DeletePost;

internal static class DeletePostEndpoint
{
    public static void Map(IEndpointRouteBuilder editor) =>
        editor.MapDelete("/{postId:guid}", async (Guid postId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DeletePost(postId), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("DeletePost")
            .WithSummary("Marketing: deletes a post that was never published; a post published once is unpublished instead (409).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
