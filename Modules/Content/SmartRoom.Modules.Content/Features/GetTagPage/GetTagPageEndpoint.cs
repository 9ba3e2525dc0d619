using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Content.Site;

namespace SmartRoom.Modules.Content.Features.GetTagPage;

internal static class GetTagPageEndpoint
{
    // Public: a tag's page lists public posts only; a tag no public post carries is a 404 page.
    public static void Map(IEndpointRouteBuilder site) =>
        site.MapGet("/blog/tags/{tag}", async (string tag, int? page, HttpContext http, SitePages pages, ISender sender, CancellationToken ct) =>
                await pages.AnswerAsync<TagPage, TagPageView>(http, await sender.Send(new GetTagPage(tag, page ?? 1), ct)))
            .WithName("ShowTag")
            .WithSummary("The public posts carrying a tag, newest first, ten a page (?page=).")
            .ExcludeFromDescription()
            .Public();
}
