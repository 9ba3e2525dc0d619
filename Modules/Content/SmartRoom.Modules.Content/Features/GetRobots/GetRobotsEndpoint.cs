using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Content.Site;

namespace SmartRoom.Modules.Content.Features.GetRobots;

internal static class GetRobotsEndpoint
{
    // Public: crawlers read it before anything else, without an account.
    public static void Map(IEndpointRouteBuilder site) =>
        site.MapGet("/robots.txt", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetRobots(), ct)).ToHttp(document => new SiteDocumentResult(document)))
            .WithTags("Feeds")
            .WithName("GetRobots")
            .WithSummary("robots.txt: all crawlers allowed everywhere, and the sitemap's address.")
            .Produces(StatusCodes.Status200OK, contentType: "text/plain")
            .Produces(StatusCodes.Status304NotModified)
            .Public();
}
