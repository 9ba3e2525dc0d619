using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.DeleteFolder;

/// <summary>
/// A manager deletes an empty folder, or with <c>recursive</c> a folder and everything under it: its
/// subfolders, their documents with every version, the grants on all of them, and the versions' blobs.
/// A folder holding subfolders or documents is refused without <c>recursive</c> (409 <c>folder-not-empty</c>).
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record DeleteFolder(Guid RoomId, Guid FolderId, bool Recursive) : ICommand<Result<Done>>, IRoomRequest;
