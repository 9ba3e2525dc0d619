using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Content.Features.ListPosts;

internal static class ListPostsEndpoint
{
    public static void Map(IEndpointRouteBuilder editor) =>
        editor.MapGet("/", async (PostStatus? status, string? tag, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListPosts(status, tag, page ?? 1, pageSize ?? 20), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("ListPosts")
            .WithSummary("Marketing: every post in any status, the newest change first; filters status (Draft, Scheduled, Published, Unpublished) and tag.")
            .Produces<Paged<EditorPostItem>>()
            .ProducesValidationProblem();
}
