using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Content.Features.ListPublicTags;

internal static class ListPublicTagsEndpoint
{
    // Public: the blog's tags are read by anyone; only those of published posts are counted.
    public static void Map(IEndpointRouteBuilder blog) =>
        blog.MapGet("/tags", async (HttpContext http, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListPublicTags(), ct)).ToHttp(t => PublicCaching.Answer(http, t.Tags, t.ETag, t.LastModified)))
            .WithName("ListPublicTags")
            .WithSummary("The tags of the published posts with their counts; with ETag and Cache-Control, If-None-Match answers 304.")
            .Produces<IReadOnlyList<TagCount>>()
            .Produces(StatusCodes.Status304NotModified)
            .Public();
}
