using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ListPermissions;

/// <summary>Every explicit grant in the room (managers).</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record ListPermissions(Guid RoomId) : IQuery<Result<IReadOnlyList<PermissionView>>>, IRoomRequest;
