using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.UpdateRoom;

/// <summary>
/// A manager changes the room's settings; fields left out stay as they are. <see cref="IpAllowList"/>: CIDR
/// ranges (or single addresses) non-managers must come from, empty for anywhere. <see cref="WatermarkDownloads"/>:
/// stamp PDFs on download too, not only on view.
/// </summary>
[RequiresUser]
// Security settings stay changeable in a closed room.
[EntersRoom(RoomEntry.Manager)]
internal sealed record UpdateRoom(Guid RoomId, string? Name, string? Description, IReadOnlyList<string>? IpAllowList, bool? WatermarkDownloads)
    : ICommand<Result<RoomDetails>>, IRoomRequest;
