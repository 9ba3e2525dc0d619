namespace SmartRoom.Modules.Privacy.Features.RecordPurgeCompleted;

/// <summary>
/// Two set-based statements, each safe to repeat and to race: the category takes the answer only while it still
/// waits; then the run finishes if nothing of it waits any more. Each statement runs after the previous committed,
/// so of two answers handled at once the later one always sees both and finishes the run.
/// </summary>
internal sealed class RecordPurgeCompletedHandler(PrivacyDbContext db, TimeProvider clock) : ICommandHandler<RecordPurgeCompleted, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RecordPurgeCompleted command, CancellationToken cancellationToken)
    {
        await db.RetentionRunCategories
            .Where(c => c.RunId == command.RunId && c.Category == command.Category && c.Status == RetentionRunStatus.Running)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.Status, RetentionRunStatus.Completed)
                .SetProperty(c => c.Purged, command.Purged)
                .SetProperty(c => c.Held, command.Held)
                .SetProperty(c => c.CompletedAt, command.CompletedAt), cancellationToken);

        var now = clock.GetUtcNow();
        await db.RetentionRuns
            .Where(r => r.Id == command.RunId && r.FinishedAt == null
                        && !db.RetentionRunCategories.Any(c => c.RunId == r.Id && c.Status == RetentionRunStatus.Running))
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.FinishedAt, now)
                .SetProperty(r => r.Status, RetentionRunStatus.Completed), cancellationToken);
        return Done.Value;
    }
}
