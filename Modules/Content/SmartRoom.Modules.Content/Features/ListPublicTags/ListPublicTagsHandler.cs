using System.Globalization;

namespace SmartRoom.Modules.Content.Features.ListPublicTags;

internal sealed class ListPublicTagsHandler(ContentDbContext db) : IQueryHandler<ListPublicTags, Result<PublicTags>>
{
    public async ValueTask<Result<PublicTags>> Handle(ListPublicTags query, CancellationToken cancellationToken)
    {
        var rows = await (
                from post in PublicPosts.Query(db)
                from tag in post.Tags
                select new { tag.Tag, tag.Name, post.PublishedAt, post.UpdatedAt })
            .ToListAsync(cancellationToken);
        var tags = rows.GroupBy(r => r.Tag)
            .Select(g => new TagCount(g.Key, g.OrderByDescending(r => r.PublishedAt).First().Name, g.Count()))
            .OrderByDescending(t => t.Posts).ThenBy(t => t.Tag, StringComparer.Ordinal)
            .ToList();
        var etag = PublicCaching.ETag(tags.Select(t => $"{t.Tag}:{t.Name}:{t.Posts.ToString(CultureInfo.InvariantCulture)}"));
        return new PublicTags(tags, etag, rows.Count == 0 ? null : rows.Max(r => r.UpdatedAt));
    }
}
