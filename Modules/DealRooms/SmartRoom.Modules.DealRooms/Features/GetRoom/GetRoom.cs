using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.GetRoom;

/// <summary>One room, as the caller may see it (support staff while their grant lasts).</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Member, AllowSupport = true)]
internal sealed record GetRoom(Guid RoomId) : IQuery<Result<RoomDetails>>, IRoomRequest;
