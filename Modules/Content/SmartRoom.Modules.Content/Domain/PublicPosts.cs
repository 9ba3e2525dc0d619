namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// The one rule for what the public sees of the blog, used by the API, the pages, the feeds and the sitemap alike:
/// a post is public while Published; newest publication first. An address is a post's current slug, or an old
/// slug that moves permanently to the current one.
/// </summary>
internal static class PublicPosts
{
    public static IQueryable<Post> Query(ContentDbContext db) =>
        db.Posts.AsNoTracking().Where(p => p.Status == PostStatus.Published);

    public static IQueryable<Post> Newest(IQueryable<Post> posts) =>
        posts.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id);

    public static IQueryable<Post> Tagged(ContentDbContext db, string tag) =>
        Query(db).Where(p => p.Tags.Any(t => t.Tag == tag));

    /// <summary>The public post at <paramref name="slug"/>; else the current slug it moved to (only if that post is public); else nothing.</summary>
    public static async Task<PostAddress> ResolveAsync(ContentDbContext db, string slug, CancellationToken ct)
    {
        var post = await Query(db).Include(p => p.Tags).FirstOrDefaultAsync(p => p.Slug == slug, ct);
        if (post is not null)
        {
            return new PostAddress(post, null);
        }

        var movedTo = await (
                from old in db.PostSlugs.AsNoTracking()
                join current in Query(db) on old.PostId equals current.Id
                where old.Slug == slug
                select current.Slug)
            .FirstOrDefaultAsync(ct);
        return new PostAddress(null, movedTo);
    }
}

/// <summary>What a slug leads to: the public <see cref="Post"/>, or the slug it <see cref="MovedTo"/>, or neither (not found).</summary>
internal sealed record PostAddress(Post? Post, string? MovedTo);
