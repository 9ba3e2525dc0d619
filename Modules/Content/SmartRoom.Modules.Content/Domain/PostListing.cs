using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>The public site's lists of posts (the blog, a tag): <see cref="PageSize"/> per page, newest first (<see cref="PublicPosts.Newest"/>).</summary>
internal static class PostListing
{
    public const int PageSize = 10;

    /// <summary>The highest page number a list answers; beyond it a request is bad input, not a slow query.</summary>
    public const int MaxPage = 10_000;

    public static async Task<PostListView> PageAsync(IQueryable<Post> posts, int page, CancellationToken ct)
    {
        var rows = await PublicPosts.Newest(posts)
            .Skip((page - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(p => new PostSummaryView(
                p.Slug, p.Title, p.Summary, p.AuthorName, p.PublishedAt ?? p.UpdatedAt, p.UpdatedAt,
                p.Tags.OrderBy(t => t.Name).Select(t => new PostTagView(t.Tag, t.Name)).ToList()))
            .ToListAsync(ct);
        return new PostListView(rows.Take(PageSize).ToList(), page, page > 1, rows.Count > PageSize);
    }
}
