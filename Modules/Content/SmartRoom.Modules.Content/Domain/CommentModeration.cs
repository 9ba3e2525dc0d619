using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// Marketing's decisions on a comment, one rule for the three of them: approve (Pending or Hidden → Published), hide
/// (Pending or Published → Hidden, with a reason) and delete (anything but Deleted → Deleted, with a reason; the text
/// is wiped, its keyed hash kept for duplicate detection). Any other step is 409 <c>invalid-transition</c>. A given
/// <c>version</c> that is not the comment's is 409 <c>comment-changed</c>, and so is losing a race with another
/// moderator (the version is the row's concurrency token). A decision resolves the comment's open reports and goes on
/// the moderation record with the moderator's reason in the same unit of work.
/// </summary>
internal sealed class CommentModeration(ContentDbContext db, ModerationLog log, TimeProvider clock)
{
    public async Task<Result<ModeratedCommentView>> DecideAsync(Guid commentId, CommentDecision decision, string? reason, int? version, CancellationToken ct)
    {
        var comment = await db.Comments.FirstOrDefaultAsync(c => c.Id == commentId, ct);
        if (comment is null)
        {
            return CommentErrors.NotFound;
        }

        if (version is { } expected && expected != comment.Version)
        {
            return CommentErrors.Changed;
        }

        var (allowed, target, step, action) = decision switch
        {
            CommentDecision.Approve => (comment.Status is CommentStatus.Pending or CommentStatus.Hidden, CommentStatus.Published, "approved",
                ModerationActions.CommentApproved),
            CommentDecision.Hide => (comment.Status is CommentStatus.Pending or CommentStatus.Published, CommentStatus.Hidden, "hidden",
                ModerationActions.CommentHidden),
            _ => (comment.Status is not CommentStatus.Deleted, CommentStatus.Deleted, "deleted", ModerationActions.CommentDeleted),
        };
        if (!allowed)
        {
            return CommentErrors.InvalidTransition(comment.Status, step);
        }

        var now = clock.GetUtcNow();
        comment.Status = target;
        comment.ModeratedAt = now;
        comment.ModerationReason = reason;
        comment.ReportCount = 0;
        comment.Version++;
        if (target == CommentStatus.Published)
        {
            comment.PublishedAt ??= now;
        }

        if (target == CommentStatus.Deleted)
        {
            comment.Body = "";
        }

        foreach (var report in await db.CommentReports.Where(r => r.CommentId == commentId && r.ResolvedAt == null).ToListAsync(ct))
        {
            report.ResolvedAt = now;
        }

        log.Record(action, ModerationTargets.Comment, commentId, reason);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommentErrors.Changed;
        }

        return (await ModeratedComments.ReadAsync(db, [commentId], ct)).Single();
    }
}
