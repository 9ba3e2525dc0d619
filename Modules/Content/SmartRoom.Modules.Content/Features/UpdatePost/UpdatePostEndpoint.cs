using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.UpdatePost;

internal static class UpdatePostEndpoint
{
    public static void Map(IEndpointRouteBuilder editor) =>
        editor.MapPut("/{postId:guid}", async (Guid postId, UpdatePostBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new UpdatePost(postId, body.Title ?? "", body.Summary ?? "", body.Markdown ?? "", body.Tags, body.Slug, body.Version ?? 0), ct))
                .ToHttp(v => TypedResults.Ok(v)))
            .WithName("UpdatePost")
            .WithSummary("Marketing: changes a post {title, summary, markdown, tags, slug?, version}; a new slug keeps the old one answering 301.")
            .Produces<PostEditorView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
