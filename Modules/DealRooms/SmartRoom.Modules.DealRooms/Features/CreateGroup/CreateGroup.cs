using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.CreateGroup;

/// <summary>A manager adds a group ("Bidder A"); names are unique in the room.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record CreateGroup(Guid RoomId, string Name) : ICommand<Result<GroupView>>, IRoomRequest;
