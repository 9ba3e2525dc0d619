namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// What a <see cref="ContentAddress"/> leads to when it is public now: a published post (at its current or an old
/// slug, <see cref="PublicPosts"/>), or a published comment on such a post. Nothing else is found, so a draft or a
/// pending comment reads exactly like an address that names nothing.
/// </summary>
internal static class RemovalTargets
{
    public static async Task<RemovalTarget?> FindPublicAsync(ContentDbContext db, ContentAddress address, CancellationToken ct)
    {
        var resolved = await PublicPosts.ResolveAsync(db, address.Slug, ct);
        var post = resolved.Post;
        if (post is null && resolved.MovedTo is { } current)
        {
            post = (await PublicPosts.ResolveAsync(db, current, ct)).Post;
        }

        if (post is null)
        {
            return null;
        }

        if (address.CommentId is not { } commentId)
        {
            return new RemovalTarget(ModerationTargets.Post, post.Id, post.Id);
        }

        var published = await db.Comments.AsNoTracking()
            .AnyAsync(c => c.Id == commentId && c.PostId == post.Id && c.Status == CommentStatus.Published, ct);
        return published ? new RemovalTarget(ModerationTargets.Comment, commentId, post.Id) : null;
    }
}

/// <summary>The public item a removal request is about.</summary>
internal sealed record RemovalTarget(string Kind, Guid Id, Guid PostId);
