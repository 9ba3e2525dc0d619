using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.IssueAuditCheckpoint;

/// <summary>
/// A manager downloads a signed checkpoint of the room's chain, to keep outside SmartRoom and check the room
/// against later (<c>verify-checkpoint</c>). Issued on demand (and stored), or the latest one when the chain has
/// not moved since.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record IssueAuditCheckpoint(Guid RoomId) : ICommand<Result<CheckpointView>>, IRoomRequest;
