using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Content.Features.ListMyComments;

internal static class ListMyCommentsEndpoint
{
    public static void Map(IEndpointRouteBuilder content) =>
        content.MapGet("/comments/mine", async (int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListMyComments(page ?? 1, pageSize ?? 50), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("ListMyComments")
            .WithSummary("Signed in: the caller's own comments, newest first, with their status.")
            .Produces<Paged<MyCommentView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .RequireAuthorization();
}
