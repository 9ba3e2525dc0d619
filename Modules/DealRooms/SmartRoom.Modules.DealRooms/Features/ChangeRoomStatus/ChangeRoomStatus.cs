using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ChangeRoomStatus;

/// <summary>Draft → Active → Closed (→ Active again) → Archived; audited and announced to the members.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record ChangeRoomStatus(Guid RoomId, RoomStatus Status) : ICommand<Result<RoomView>>, IRoomRequest;
