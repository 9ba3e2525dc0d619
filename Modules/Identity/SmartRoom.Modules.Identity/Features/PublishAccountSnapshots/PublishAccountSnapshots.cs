namespace SmartRoom.Modules.Identity.Features.PublishAccountSnapshots;

/// <summary>
/// Answers <c>ReplayAccounts</c>: one <c>AccountSnapshotTaken</c> per account, in batches of
/// <paramref name="BatchSize"/> read by key (never by offset), each batch committed with its events through the
/// outbox. Writes nothing of its own: a replay that is interrupted is simply answered again from the start.
/// </summary>
internal sealed record PublishAccountSnapshots(Guid RequestId, int BatchSize = 500) : ICommand<Result<int>>;
