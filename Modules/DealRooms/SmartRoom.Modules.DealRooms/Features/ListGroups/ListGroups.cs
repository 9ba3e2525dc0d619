using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ListGroups;

/// <summary>Managers see every group; other members only their own (groups never see each other).</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Member)]
internal sealed record ListGroups(Guid RoomId) : IQuery<Result<IReadOnlyList<GroupView>>>, IRoomRequest;
