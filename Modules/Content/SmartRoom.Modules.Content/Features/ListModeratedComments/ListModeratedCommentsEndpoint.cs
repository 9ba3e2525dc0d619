using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ListModeratedComments;

internal static class ListModeratedCommentsEndpoint
{
    public static void Map(IEndpointRouteBuilder moderation) =>
        moderation.MapGet("/comments", async (string? status, bool? reported, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListModeratedComments(status, reported, page ?? 1, pageSize ?? 50), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("ListModeratedComments")
            .WithSummary("Marketing: comments by status (pending by default, oldest first), reported=true for those with open reports, with their reports.")
            .Produces<Paged<ModeratedCommentView>>()
            .ProducesValidationProblem();
}
