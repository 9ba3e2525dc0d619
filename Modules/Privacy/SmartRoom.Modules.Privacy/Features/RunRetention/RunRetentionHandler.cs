using Microsoft.Extensions.Logging;
using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Features.RunRetention;

internal sealed partial class RunRetentionHandler(
    IDbContextOutbox<PrivacyDbContext> outbox,
    RetentionSchedule schedule,
    TimeProvider clock,
    ILogger<RunRetentionHandler> logger) : ICommandHandler<RunRetention, Result<RetentionRunStarted>>
{
    public async ValueTask<Result<RetentionRunStarted>> Handle(RunRetention command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var now = clock.GetUtcNow();
        var active = await db.LegalHolds.AsNoTracking().Where(h => h.ReleasedAt == null).ToListAsync(cancellationToken);
        var holds = new SweepHolds(ScopeIds(active, LegalHoldScopes.User), ScopeIds(active, LegalHoldScopes.Room));
        var heldCategories = active.Where(h => h.ScopeKind == LegalHoldScopes.Category).Select(h => h.ScopeKey!).ToHashSet(StringComparer.Ordinal);

        var run = new RetentionRun { Id = Guid.CreateVersion7(), StartedAt = now, Status = RetentionRunStatus.Running };
        db.RetentionRuns.Add(run);
        int ordered = 0, held = 0;
        foreach (var category in schedule.Categories().Where(c => c.Days is not null))
        {
            var olderThan = now.AddDays(-category.Days!.Value);
            var isHeld = heldCategories.Contains(category.Key);
            db.RetentionRunCategories.Add(new RetentionRunCategory
            {
                RunId = run.Id,
                Category = category.Key,
                Module = category.Category.Module,
                OlderThan = olderThan,
                Status = isHeld ? RetentionRunStatus.Held : RetentionRunStatus.Running,
                CompletedAt = isHeld ? now : null,
            });
            if (isHeld)
            {
                held++;
                LogHeld(category.Key, run.Id);
            }
            else
            {
                ordered++;
                await outbox.PublishAsync(new PurgeExpired(run.Id, category.Key, olderThan, holds));
            }
        }

        if (ordered == 0)
        {
            run.Status = RetentionRunStatus.Completed;
            run.FinishedAt = now;
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        LogStarted(run.Id, ordered, held, holds.UserIds.Count, holds.RoomIds.Count);
        return new RetentionRunStarted(run.Id, ordered, held);
    }

    private static List<Guid> ScopeIds(List<LegalHold> holds, string kind) =>
        holds.Where(h => h.ScopeKind == kind && h.ScopeId is not null).Select(h => h.ScopeId!.Value).Distinct().Order().ToList();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention: {Category} is under a legal hold and was not swept (run {RunId})")]
    private partial void LogHeld(string category, Guid runId);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Retention run {RunId}: {Ordered} categories ordered swept, {Held} held; {Users} people and {Rooms} rooms under legal hold left out")]
    private partial void LogStarted(Guid runId, int ordered, int held, int users, int rooms);
}
