using System.Globalization;
using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ListPublicPosts;

internal sealed class ListPublicPostsHandler(ContentDbContext db) : IQueryHandler<ListPublicPosts, Result<PublicPostsPage>>
{
    public async ValueTask<Result<PublicPostsPage>> Handle(ListPublicPosts query, CancellationToken cancellationToken)
    {
        var posts = query.Tag is { } tag ? PublicPosts.Tagged(db, tag) : PublicPosts.Query(db);
        var total = await posts.CountAsync(cancellationToken);
        var page = await PublicPosts.Newest(posts)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(p => new
            {
                p.Id,
                p.Version,
                View = new PostSummaryView(p.Slug, p.Title, p.Summary, p.AuthorName, p.PublishedAt, p.UpdatedAt,
                    p.Tags.OrderBy(t => t.Tag).Select(t => new PostTagView(t.Tag, t.Name)).ToList()),
            })
            .ToListAsync(cancellationToken);
        var etag = PublicCaching.ETag(page.Select(p => $"{p.Id:N}:{p.Version.ToString(CultureInfo.InvariantCulture)}")
            .Prepend($"{query.Tag}|{query.Page}|{query.PageSize}|{total}"));
        var lastModified = page.Count == 0 ? (DateTimeOffset?)null : page.Max(p => p.View.UpdatedAt);
        return new PublicPostsPage(new Paged<PostSummaryView>([.. page.Select(p => p.View)], query.Page, query.PageSize, total), etag, lastModified);
    }
}
