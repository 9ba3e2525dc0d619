using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetPost;

internal static class GetPostEndpoint
{
    public static void Map(IEndpointRouteBuilder editor) =>
        editor.MapGet("/{postId:guid}", async (Guid postId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetPost(postId), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("GetPost")
            .WithSummary("Marketing: one post in any status, with its Markdown, rendered HTML, status, schedule, version and old slugs.")
            .Produces<PostEditorView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
