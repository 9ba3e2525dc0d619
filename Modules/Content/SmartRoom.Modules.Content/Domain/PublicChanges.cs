namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// When what the public sees of the blog last changed, for the feeds' and the sitemap's <c>Last-Modified</c>: the newest
/// of the shown posts' own times (<see cref="Latest"/>: publication or last edit) and <see cref="NewestRemovalAsync"/>,
/// the last time a post that was public was taken off the blog (it moves its <see cref="Post.UpdatedAt"/>), so that a
/// conditional request by date sees a post leave.
/// </summary>
internal static class PublicChanges
{
    /// <summary>A post's own newest change as the public sees it: its last edit or its publication, whichever is later.</summary>
    public static DateTimeOffset Latest(DateTimeOffset? publishedAt, DateTimeOffset updatedAt) =>
        publishedAt is { } published && published > updatedAt ? published : updatedAt;

    /// <summary>The newest change of a post that was once public and is no longer (unpublished, or put back to draft or schedule).</summary>
    public static Task<DateTimeOffset?> NewestRemovalAsync(ContentDbContext db, CancellationToken ct) =>
        db.Posts.AsNoTracking()
            .Where(p => p.Status != PostStatus.Published && p.PublishedAt != null)
            .OrderByDescending(p => p.UpdatedAt)
            .Select(p => (DateTimeOffset?)p.UpdatedAt)
            .FirstOrDefaultAsync(ct);

    /// <summary>The newest of the shown posts' times and the newest removal; null when there is neither.</summary>
    public static DateTimeOffset? Newest(IEnumerable<DateTimeOffset> shown, DateTimeOffset? removal)
    {
        var newest = removal;
        foreach (var time in shown)
        {
            newest = newest is null || time > newest ? time : newest;
        }

        return newest;
    }
}
