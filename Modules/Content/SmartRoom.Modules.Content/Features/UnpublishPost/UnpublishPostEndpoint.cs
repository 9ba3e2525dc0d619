using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.UnpublishPost;

internal static class UnpublishPostEndpoint
{
    public static void Map(IEndpointRouteBuilder editor) =>
        editor.MapPost("/{postId:guid}/unpublish", async (Guid postId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new UnpublishPost(postId), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("UnpublishPost")
            .WithSummary("Marketing: takes a published post down (or calls a scheduled one off); the public then gets 404.")
            .Produces<PostEditorView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
