using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.GetTree;

/// <summary>The room's numbered tree (folders and documents) as the caller may see it: managers all of it, members what their group may view.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Content, AllowSupport = true)]
internal sealed record GetTree(Guid RoomId) : IQuery<Result<TreeView>>, IRoomRequest;
