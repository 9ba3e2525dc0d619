using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Content.Site;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetBlogPage;

internal static class GetBlogPageEndpoint
{
    // Public: the blog is the public face of the product; anyone may read it, signed in or not.
    public static void Map(IEndpointRouteBuilder site)
    {
        site.MapGet("/", () => Results.Redirect("/blog"))
            .WithName("ShowHome")
            .WithSummary("The home page: the blog.")
            .ExcludeFromDescription()
            .Public();

        site.MapGet("/blog", async (int? page, HttpContext http, SitePages pages, ISender sender, CancellationToken ct) =>
                await pages.AnswerAsync<BlogPage, PostListView>(http, await sender.Send(new GetBlogPage(page ?? 1), ct)))
            .WithName("ShowBlog")
            .WithSummary("The blog's index page: public posts, newest first, ten a page (?page=).")
            .ExcludeFromDescription()
            .Public();
    }
}
