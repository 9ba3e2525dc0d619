using SmartRoom.Modules.Content.Contracts;
using SmartRoom.Modules.Content.Views;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Content.Features.DecideRemovalRequest;

/// <summary>
/// The decision, what it does to the content, their lines on the moderation record and the notice to the requester
/// commit together. Two decisions at once: the request's version lets one through, the other is answered 409.
/// </summary>
internal sealed class DecideRemovalRequestHandler(
    IDbContextOutbox<ContentDbContext> outbox,
    ModerationLog log,
    ICurrentUser caller,
    TimeProvider clock) : ICommandHandler<DecideRemovalRequest, Result<RemovalRequestView>>
{
    public async ValueTask<Result<RemovalRequestView>> Handle(DecideRemovalRequest command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var request = await db.RemovalRequests.SingleOrDefaultAsync(r => r.Id == command.Id, cancellationToken);
        if (request is null)
        {
            return RemovalRequestErrors.NotFound;
        }

        if (!request.IsOpen)
        {
            return RemovalRequestErrors.AlreadyDecided;
        }

        var now = clock.GetUtcNow();
        var reason = command.Reason!.Trim();
        var removed = command.Remove!.Value;
        if (removed)
        {
            await RemoveAsync(db, request, reason, now, cancellationToken);
        }

        request.DecidedAt = now;
        request.DecidedBy = caller.Id;
        request.Removed = removed;
        request.DecisionReason = reason;
        request.Version++;
        log.Record(removed ? ModerationActions.RemovalRemoved : ModerationActions.RemovalKept, ModerationTargets.RemovalRequest, request.Id,
            RemovalRequestLimits.ForRecord(reason));
        await outbox.PublishAsync(new RemovalRequestDecided(Guid.CreateVersion7(), now, request.Id, request.Url, removed, reason,
            new ContentRecipient(request.RequesterId, request.RequesterEmail, request.RequesterName)));
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RemovalRequestErrors.AlreadyDecided;
        }

        return (await RemovalRequestReader.ViewAsync(db, request.Id, now, cancellationToken))!;
    }

    /// <summary>A post goes off the site (Unpublished); a comment is Deleted, its text wiped and its hash kept for duplicate checks.</summary>
    private async Task RemoveAsync(ContentDbContext db, RemovalRequest request, string reason, DateTimeOffset now, CancellationToken ct)
    {
        var recorded = RemovalRequestLimits.ForRecord(reason);
        if (request.TargetKind == ModerationTargets.Post)
        {
            var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == request.TargetId, ct);
            if (post is { Status: PostStatus.Published or PostStatus.Scheduled })
            {
                post.Status = PostStatus.Unpublished;
                post.PublishAt = null;
                post.UpdatedAt = now;
                post.Version++;
                log.Record(ModerationActions.PostUnpublished, ModerationTargets.Post, post.Id, recorded);
            }

            return;
        }

        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == request.TargetId, ct);
        if (comment is not null && comment.Status != CommentStatus.Deleted)
        {
            comment.Status = CommentStatus.Deleted;
            comment.Body = "";
            comment.ModerationReason = recorded;
            comment.ModeratedAt = now;
            comment.Version++;
            log.Record(ModerationActions.CommentDeleted, ModerationTargets.Comment, comment.Id, recorded);
        }
    }
}
