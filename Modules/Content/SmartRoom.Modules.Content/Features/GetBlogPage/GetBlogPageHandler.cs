using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetBlogPage;

internal sealed class GetBlogPageHandler(ContentDbContext db) : IQueryHandler<GetBlogPage, Result<PostListView>>
{
    public async ValueTask<Result<PostListView>> Handle(GetBlogPage query, CancellationToken cancellationToken)
    {
        var list = await PostListing.PageAsync(PublicPosts.Query(db), query.Page, cancellationToken);
        // The first page exists even when nothing is published; a page past the last does not.
        return list.Posts.Count == 0 && query.Page > 1 ? Error.NotFound("page") : list;
    }
}
