using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Content.Site;

namespace SmartRoom.Modules.Content.Features.GetSitemap;

internal static class GetSitemapEndpoint
{
    // Public: search engines read it without an account; it lists only pages anyone may read.
    public static void Map(IEndpointRouteBuilder site) =>
        site.MapGet("/sitemap.xml", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetSitemap(), ct)).ToHttp(document => new SiteDocumentResult(document)))
            .WithTags("Feeds")
            .WithName("GetSitemap")
            .WithSummary("The public site's sitemap (sitemaps.org 0.9): the blog, every public post with its lastmod, each tag page, testimonials, privacy.")
            .Produces(StatusCodes.Status200OK, contentType: "application/xml")
            .Produces(StatusCodes.Status304NotModified)
            .Public();
}
