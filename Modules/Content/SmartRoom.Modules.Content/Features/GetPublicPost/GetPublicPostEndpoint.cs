using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetPublicPost;

internal static class GetPublicPostEndpoint
{
    // Public: a published post is read by anyone; whatever is not published is not found.
    public static void Map(IEndpointRouteBuilder blog) =>
        blog.MapGet("/posts/{slug}", async (string slug, HttpContext http, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetPublicPost(slug), ct)).ToHttp(answer => answer.Post is { } post
                    ? PublicCaching.Answer(http, post, answer.ETag!, post.UpdatedAt)
                    : TypedResults.Redirect($"/api/content/posts/{answer.MovedTo}", permanent: true)))
            .WithName("GetPublicPost")
            .WithSummary("A published post with its sanitised HTML; an old slug answers 301 to the current one; with ETag, If-None-Match answers 304.")
            .Produces<PublicPostView>()
            .Produces(StatusCodes.Status301MovedPermanently)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Public();
}
