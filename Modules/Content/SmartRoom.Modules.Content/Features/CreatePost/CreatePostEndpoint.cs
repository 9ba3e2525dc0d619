using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.CreatePost;

internal static class CreatePostEndpoint
{
    public static void Map(IEndpointRouteBuilder editor) =>
        editor.MapPost("/", async (CreatePostBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new CreatePost(body.Title ?? "", body.Summary ?? "", body.Markdown ?? "", body.Tags, body.Slug), ct))
                .ToHttp(post => TypedResults.Created($"/api/content/editor/posts/{post.Id}", post)))
            .WithName("CreatePost")
            .WithSummary("Marketing: writes a new draft post {title, summary, markdown, tags, slug?}; the slug is made from the title unless given.")
            .Produces<PostEditorView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
