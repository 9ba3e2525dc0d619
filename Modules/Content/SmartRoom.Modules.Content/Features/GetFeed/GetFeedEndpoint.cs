using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Content.Site;

namespace SmartRoom.Modules.Content.Features.GetFeed;

internal static class GetFeedEndpoint
{
    // Public: feed readers subscribe without an account, and the feeds show only what the blog's pages show anyone.
    public static void Map(IEndpointRouteBuilder site)
    {
        var feeds = site.MapGroup("/blog").WithTags("Feeds").Public();
        feeds.MapGet("/rss.xml", (ISender sender, CancellationToken ct) => SendAsync(sender, new GetFeed(GetFeed.Formats.Rss, null), ct))
            .WithName("GetBlogRssFeed")
            .WithSummary("The blog as an RSS 2.0 feed: the newest 20 public posts with their HTML. ETag, Last-Modified, 304 on a current copy.")
            .Produces(StatusCodes.Status200OK, contentType: "application/rss+xml")
            .Produces(StatusCodes.Status304NotModified);
        feeds.MapGet("/atom.xml", (ISender sender, CancellationToken ct) => SendAsync(sender, new GetFeed(GetFeed.Formats.Atom, null), ct))
            .WithName("GetBlogAtomFeed")
            .WithSummary("The blog as an Atom 1.0 feed: the newest 20 public posts with their HTML. ETag, Last-Modified, 304 on a current copy.")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .Produces(StatusCodes.Status304NotModified);
        feeds.MapGet("/tags/{tag}/rss.xml", (string tag, ISender sender, CancellationToken ct) => SendAsync(sender, new GetFeed(GetFeed.Formats.Rss, tag), ct))
            .WithName("GetBlogTagRssFeed")
            .WithSummary("The newest 20 public posts with a tag, as RSS 2.0; 404 when no public post carries the tag.")
            .Produces(StatusCodes.Status200OK, contentType: "application/rss+xml")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
        feeds.MapGet("/tags/{tag}/atom.xml", (string tag, ISender sender, CancellationToken ct) => SendAsync(sender, new GetFeed(GetFeed.Formats.Atom, tag), ct))
            .WithName("GetBlogTagAtomFeed")
            .WithSummary("The newest 20 public posts with a tag, as Atom 1.0; 404 when no public post carries the tag.")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> SendAsync(ISender sender, GetFeed query, CancellationToken ct) =>
        (await sender.Send(query, ct)).ToHttp(document => new SiteDocumentResult(document));
}
