using Microsoft.Extensions.DependencyInjection;

namespace SmartRoom.Modules.Content.Features.ReportComment;

/// <summary>Two reports of one comment at once: the later one is made again in a fresh scope (the comment's version guards its count).</summary>
internal sealed class ReportCommentHandler(ContentDbContext db, IServiceScopeFactory scopes, ICurrentUser caller, CommentLimits limits, TimeProvider clock)
    : ICommandHandler<ReportComment, Result<Done>>
{
    private const int Attempts = 5;

    public async ValueTask<Result<Done>> Handle(ReportComment command, CancellationToken cancellationToken)
    {
        var reporter = caller.Id!.Value;
        if (await CommenterBans.InForceAsync(db, reporter, clock.GetUtcNow(), cancellationToken) is { } ban)
        {
            return CommentErrors.Banned(ban);
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                return await ReportAsync(scope.ServiceProvider, reporter, command, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another report of the same comment (or the same report twice) was saved first: look again.
            }
        }
    }

    private async Task<Result<Done>> ReportAsync(IServiceProvider services, Guid reporter, ReportComment command, CancellationToken ct)
    {
        var scoped = services.GetRequiredService<ContentDbContext>();
        if (!await PublicComments.Query(scoped).AnyAsync(c => c.Id == command.CommentId, ct))
        {
            return CommentErrors.NotFound;
        }

        if (await scoped.CommentReports.AnyAsync(r => r.CommentId == command.CommentId && r.ReporterId == reporter, ct))
        {
            return CommentErrors.AlreadyReported;
        }

        var comment = await scoped.Comments.SingleAsync(c => c.Id == command.CommentId, ct);
        var now = clock.GetUtcNow();
        scoped.CommentReports.Add(new CommentReport
        {
            Id = Guid.CreateVersion7(), CommentId = comment.Id, ReporterId = reporter, Reason = command.Reason!, CreatedAt = now,
        });
        comment.ReportCount++;
        comment.Version++;
        if (comment.ReportCount >= limits.ReportsToHold)
        {
            comment.Status = CommentStatus.Pending;
        }

        services.GetRequiredService<ModerationLog>().Record(ModerationActions.CommentReported, ModerationTargets.Comment, comment.Id, command.Reason,
            keepAddress: false);
        await scoped.SaveChangesAsync(ct);
        return Done.Value;
    }
}
