namespace SmartRoom.Modules.Content.Features.DeletePost;

internal sealed class DeletePostHandler(ContentDbContext db, ModerationLog log) : ICommandHandler<DeletePost, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(DeletePost command, CancellationToken cancellationToken)
    {
        var post = await EditedPosts.FindAsync(db, command.PostId, cancellationToken);
        if (post is null)
        {
            return PostErrors.NotFound;
        }

        if (post.PublishedAt is not null || post.Status == PostStatus.Published)
        {
            return PostErrors.PublishedOnce;
        }

        db.PostSlugs.RemoveRange(await db.PostSlugs.Where(s => s.PostId == post.Id).ToListAsync(cancellationToken));
        db.Posts.Remove(post);
        log.Record(ModerationActions.PostDeleted, ModerationTargets.Post, post.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return PostErrors.VersionConflict;
        }

        return Done.Value;
    }
}
