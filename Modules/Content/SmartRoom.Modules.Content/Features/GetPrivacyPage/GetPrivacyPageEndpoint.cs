using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Content.Site;

namespace SmartRoom.Modules.Content.Features.GetPrivacyPage;

internal static class GetPrivacyPageEndpoint
{
    // Public: the privacy policy must be readable by everyone, before any account exists.
    public static void Map(IEndpointRouteBuilder site) =>
        site.MapGet("/privacy", async (HttpContext http, SitePages pages, ISender sender, CancellationToken ct) =>
                await pages.AnswerAsync<PrivacyPage, PrivacyPageView>(http, await sender.Send(new GetPrivacyPage(), ct)))
            .WithName("ShowPrivacyPolicy")
            .WithSummary("The privacy policy in force, from the Privacy module.")
            .ExcludeFromDescription()
            .Public();
}
