using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.GetAuditVerification;

/// <summary>
/// Recomputes the room's keyed hash chain against its head and its stored checkpoints: edited, inserted,
/// deleted, reordered and truncated records are reported, each with where.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record GetAuditVerification(Guid RoomId) : IQuery<Result<ChainVerification>>, IRoomRequest;
