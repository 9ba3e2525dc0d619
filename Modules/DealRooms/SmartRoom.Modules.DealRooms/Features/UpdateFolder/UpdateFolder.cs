using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.UpdateFolder;

/// <summary>Rename, move under another parent (or the root) and/or reorder among siblings; the tree is renumbered.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record UpdateFolder(Guid RoomId, Guid FolderId, string? Name, bool Move, Guid? ParentId, int? Position) : ICommand<Result<FolderView>>, IRoomRequest;
