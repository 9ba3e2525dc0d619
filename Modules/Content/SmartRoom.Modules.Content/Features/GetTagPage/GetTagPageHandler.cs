namespace SmartRoom.Modules.Content.Features.GetTagPage;

internal sealed class GetTagPageHandler(ContentDbContext db) : IQueryHandler<GetTagPage, Result<TagPageView>>
{
    public async ValueTask<Result<TagPageView>> Handle(GetTagPage query, CancellationToken cancellationToken)
    {
        // A tag is known to the public only through its public posts (one carried by drafts alone is not found).
        var tagged = PublicPosts.Tagged(db, query.Tag);
        var list = await PostListing.PageAsync(tagged, query.Page, cancellationToken);
        if (list.Posts.Count == 0)
        {
            return Error.NotFound("tag");
        }

        var name = list.Posts[0].Tags.First(t => t.Tag == query.Tag).Name;
        return new TagPageView(query.Tag, name, list);
    }
}
