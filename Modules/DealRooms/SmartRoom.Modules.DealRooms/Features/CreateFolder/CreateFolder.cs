using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.CreateFolder;

/// <summary>A manager adds a folder at the end of its parent (or the root); the tree is renumbered.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record CreateFolder(Guid RoomId, string Name, Guid? ParentId) : ICommand<Result<FolderView>>, IRoomRequest;
