using SmartRoom.Modules.Content.Contracts;
using SmartRoom.Modules.Content.Views;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Content.Features.PublishPost;

internal sealed class PublishPostHandler(IDbContextOutbox<ContentDbContext> outbox, ModerationLog log, TimeProvider clock)
    : ICommandHandler<PublishPost, Result<PostEditorView>>
{
    public async ValueTask<Result<PostEditorView>> Handle(PublishPost command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var post = await EditedPosts.FindAsync(db, command.PostId, cancellationToken);
        if (post is null)
        {
            return PostErrors.NotFound;
        }

        if (post.Status == PostStatus.Published)
        {
            return PostErrors.AlreadyPublished;
        }

        var now = clock.GetUtcNow();
        if (command.PublishAt is { } at && at > now)
        {
            post.Status = PostStatus.Scheduled;
            post.PublishAt = at.ToUniversalTime();
            log.Record(ModerationActions.PostScheduled, ModerationTargets.Post, post.Id);
        }
        else
        {
            post.Status = PostStatus.Published;
            post.PublishAt = null;
            post.PublishedAt = now;
            log.Record(ModerationActions.PostPublished, ModerationTargets.Post, post.Id);
            await outbox.PublishAsync(new PostPublished(Guid.CreateVersion7(), now, post.Id, post.Slug, post.Title));
        }

        post.Version++;
        post.UpdatedAt = now;
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return PostErrors.VersionConflict;
        }

        return PostEditorView.From(post, await EditedPosts.OldSlugsAsync(db, post.Id, cancellationToken));
    }
}
