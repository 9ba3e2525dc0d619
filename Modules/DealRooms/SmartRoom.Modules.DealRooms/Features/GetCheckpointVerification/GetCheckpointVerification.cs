using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.GetCheckpointVerification;

/// <summary>
/// <c>holds</c>: the room's chain still has, at the checkpoint's seq, a record with the checkpoint's hash that
/// authenticates there. <c>reason</c>: <c>held</c>, <c>missing</c> (no record at that seq: truncated or
/// deleted), <c>hash-differs</c> (another record sits there) or <c>not-authentic</c> (the record was edited).
/// <c>chain</c>: the whole chain verified with this checkpoint among the stored ones.
/// </summary>
internal sealed record CheckpointCheck(bool Holds, string Reason, long Seq, string Hash, string? CurrentHash, ChainVerification Chain);

/// <summary>
/// A manager checks the room against a checkpoint downloaded earlier: refused (400) unless its signature is
/// SmartRoom's; then whether the chain still holds exactly that record at that seq — even if the head was
/// rewritten too.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record GetCheckpointVerification(Guid RoomId, CheckpointView Checkpoint) : IQuery<Result<CheckpointCheck>>, IRoomRequest;
