using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.GetEffectiveAccess;

/// <summary>"Preview as": the tree exactly as a group sees it, for a manager to check before opening the room.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record GetEffectiveAccess(Guid RoomId, Guid GroupId) : IQuery<Result<TreeView>>, IRoomRequest;
