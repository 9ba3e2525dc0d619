using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Content.Features.ListComments;

internal static class ListCommentsEndpoint
{
    // Public: the blog and its published comments are read by anyone, signed in or not.
    public static void Map(IEndpointRouteBuilder content) =>
        content.MapGet("/posts/{slug}/comments", async (string slug, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListComments(slug, page ?? 1, pageSize ?? 50), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("ListComments")
            .WithSummary("Anyone: the published comments of a public post, oldest first (plain text).")
            .Produces<Paged<CommentView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Public();
}
