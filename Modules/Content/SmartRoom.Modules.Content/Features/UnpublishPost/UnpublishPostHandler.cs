using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.UnpublishPost;

internal sealed class UnpublishPostHandler(ContentDbContext db, ModerationLog log, TimeProvider clock) : ICommandHandler<UnpublishPost, Result<PostEditorView>>
{
    public async ValueTask<Result<PostEditorView>> Handle(UnpublishPost command, CancellationToken cancellationToken)
    {
        var post = await EditedPosts.FindAsync(db, command.PostId, cancellationToken);
        if (post is null)
        {
            return PostErrors.NotFound;
        }

        if (post.Status is not (PostStatus.Published or PostStatus.Scheduled))
        {
            return PostErrors.NotPublished;
        }

        post.Status = PostStatus.Unpublished;
        post.PublishAt = null;
        post.Version++;
        post.UpdatedAt = clock.GetUtcNow();
        log.Record(ModerationActions.PostUnpublished, ModerationTargets.Post, post.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return PostErrors.VersionConflict;
        }

        return PostEditorView.From(post, await EditedPosts.OldSlugsAsync(db, post.Id, cancellationToken));
    }
}
