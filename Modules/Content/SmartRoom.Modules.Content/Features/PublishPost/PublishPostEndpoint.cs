using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.PublishPost;

internal static class PublishPostEndpoint
{
    public static void Map(IEndpointRouteBuilder editor) =>
        editor.MapPost("/{postId:guid}/publish", async (Guid postId, PublishPostBody? body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new PublishPost(postId, body?.PublishAt), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("PublishPost")
            .WithSummary("Marketing: publishes a post now ({} or a time not in the future) or schedules it ({publishAt} in the future).")
            .Produces<PostEditorView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
