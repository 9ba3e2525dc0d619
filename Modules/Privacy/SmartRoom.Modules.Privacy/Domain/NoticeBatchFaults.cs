namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// Fault injection for crash drills: when <see cref="FailBeforeCommitOfBatch"/> is set, the notice job's call fails
/// in its n-th batch after publishing its events and before committing them, as a process killed at that point
/// would. Unset (always, outside drills) it does nothing.
/// </summary>
internal sealed class NoticeBatchFaults
{
    public int? FailBeforeCommitOfBatch { get; set; }

    public void BeforeCommit(int batchOfThisCall)
    {
        if (FailBeforeCommitOfBatch == batchOfThisCall)
        {
            throw new InvalidOperationException($"Crash drill: the notice job stopped before committing batch {batchOfThisCall}.");
        }
    }
}
