using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Content.Site;

namespace SmartRoom.Modules.Content.Features.GetCookiesPage;

internal static class GetCookiesPageEndpoint
{
    // Public: visitors choose their cookies before (or without) having an account.
    public static void Map(IEndpointRouteBuilder site) =>
        site.MapGet("/cookies", async (string? returnUrl, HttpContext http, SitePages pages, ISender sender, CancellationToken ct) =>
                await pages.AnswerAsync<CookiesPage, CookiesPageView>(
                    http, await sender.Send(new GetCookiesPage(VisitorIds.Of(http.Request), returnUrl), ct), SitePage.Form))
            .WithName("ShowCookieChoices")
            .WithSummary("A choice per cookie category (analytics, marketing), as chosen last.")
            .ExcludeFromDescription()
            .Public();
}
