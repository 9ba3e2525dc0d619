using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ListMembers;

/// <summary>Managers see every member; others see the managers and their own group, never other groups.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Member)]
internal sealed record ListMembers(Guid RoomId) : IQuery<Result<IReadOnlyList<MemberView>>>, IRoomRequest;
