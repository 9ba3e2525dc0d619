using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ListPublicPosts;

internal static class ListPublicPostsEndpoint
{
    // Public: the blog is read by anyone, signed in or not; it shows only published posts.
    public static void Map(IEndpointRouteBuilder blog) =>
        blog.MapGet("/posts", async (string? tag, int? page, int? pageSize, HttpContext http, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListPublicPosts(tag, page ?? 1, pageSize ?? 10), ct))
                .ToHttp(p => PublicCaching.Answer(http, p.Posts, p.ETag, p.LastModified)))
            .WithName("ListPublicPosts")
            .WithSummary("The published posts, newest first (summaries, no HTML); filter tag; with ETag and Cache-Control, If-None-Match answers 304.")
            .Produces<Paged<PostSummaryView>>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .Public();
}
