using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetPostPreview;

internal static class GetPostPreviewEndpoint
{
    public static void Map(IEndpointRouteBuilder editor) =>
        editor.MapGet("/{postId:guid}/preview", async (Guid postId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetPostPreview(postId), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("GetPostPreview")
            .WithSummary("Marketing: the post's rendered HTML and metadata exactly as the public would get them, whatever its status.")
            .Produces<PublicPostView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
