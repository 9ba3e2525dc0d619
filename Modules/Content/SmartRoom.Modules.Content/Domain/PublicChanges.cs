namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// When what the public sees of the blog last changed, for the feeds' and the sitemap's <c>Last-Modified</c>: the
/// newest publication or edit of a post that is or once was public (<see cref="Post.PublishedAt"/> set). An
/// unpublished post counts too, so taking one off the blog (which moves its <see cref="Post.UpdatedAt"/>) makes a
/// conditional request by date see a change. Drafts never published do not count.
/// </summary>
internal static class PublicChanges
{
    public static async Task<DateTimeOffset?> NewestAsync(ContentDbContext db, CancellationToken ct)
    {
        var everPublic = db.Posts.AsNoTracking().Where(p => p.PublishedAt != null);
        var updated = await everPublic.OrderByDescending(p => p.UpdatedAt).Select(p => (DateTimeOffset?)p.UpdatedAt).FirstOrDefaultAsync(ct);
        var published = await everPublic.OrderByDescending(p => p.PublishedAt).Select(p => p.PublishedAt).FirstOrDefaultAsync(ct);
        return updated > published || published is null ? updated : published;
    }
}
