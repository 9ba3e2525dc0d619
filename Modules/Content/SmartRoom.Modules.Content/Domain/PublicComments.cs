namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// The one rule for what the public sees of the comments: Published comments on a public post (<see cref="PublicPosts"/>),
/// oldest first. A pending, hidden or deleted comment, or one on a post that is not public, is neither shown nor counted,
/// and can be neither reported nor found.
/// </summary>
internal static class PublicComments
{
    public static IQueryable<Comment> Query(ContentDbContext db) =>
        from c in db.Comments.AsNoTracking()
        join p in PublicPosts.Query(db) on c.PostId equals p.Id
        where c.Status == CommentStatus.Published
        select c;

    public static IQueryable<Comment> Oldest(IQueryable<Comment> comments) => comments.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id);

    /// <summary>The public post at <paramref name="slug"/> (its id and current slug), following an old slug to the post it moved to.</summary>
    public static async Task<(Guid Id, string Slug)?> PostAsync(ContentDbContext db, string slug, CancellationToken ct)
    {
        var post = await PublicPosts.Query(db).Where(p => p.Slug == slug).Select(p => new { p.Id, p.Slug }).FirstOrDefaultAsync(ct);
        if (post is null)
        {
            var address = await PublicPosts.ResolveAsync(db, slug, ct);
            if (address.MovedTo is not { } current)
            {
                return null;
            }

            post = await PublicPosts.Query(db).Where(p => p.Slug == current).Select(p => new { p.Id, p.Slug }).FirstOrDefaultAsync(ct);
        }

        return post is null ? null : (post.Id, post.Slug);
    }
}
