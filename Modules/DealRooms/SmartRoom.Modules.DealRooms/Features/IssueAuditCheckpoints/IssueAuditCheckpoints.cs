namespace SmartRoom.Modules.DealRooms.Features.IssueAuditCheckpoints;

internal sealed record CheckpointsIssued(int Rooms, int Issued, int Refused);

/// <summary>
/// The daily round (<c>dealrooms:audit-checkpoints</c>): a signed checkpoint for every room whose chain moved
/// since its latest one. Resumable: each room's checkpoint is saved on its own, and rooms already checkpointed
/// at their head are skipped. A room whose chain does not verify gets none, and is logged.
/// </summary>
internal sealed record IssueAuditCheckpoints : ICommand<Result<CheckpointsIssued>>;
