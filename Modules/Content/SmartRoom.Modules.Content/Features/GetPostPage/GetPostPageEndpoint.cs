using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Content.Site;

namespace SmartRoom.Modules.Content.Features.GetPostPage;

internal static class GetPostPageEndpoint
{
    // Public: a published post is for everyone; a draft or an unknown slug is a 404 page, an old slug a 301.
    public static void Map(IEndpointRouteBuilder site) =>
        site.MapGet("/blog/{slug}", async (string slug, HttpContext http, SitePages pages, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new GetPostPage(slug), ct);
                return result is { IsSuccess: true, Value.MovedTo: { } movedTo }
                    ? Results.Redirect($"/blog/{Uri.EscapeDataString(movedTo)}", permanent: true)
                    : await pages.AnswerAsync<PostPage, PostPageView>(http, result);
            })
            .WithName("ShowPost")
            .WithSummary("A public post with its published comments; an old slug answers 301 to the current one.")
            .ExcludeFromDescription()
            .Public();
}
