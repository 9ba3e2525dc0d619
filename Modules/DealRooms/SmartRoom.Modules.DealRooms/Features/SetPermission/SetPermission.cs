using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.SetPermission;

/// <summary>A manager grants a group a level on one folder (inherited below it) or one document.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record SetPermission(Guid RoomId, Guid GroupId, Guid? FolderId, Guid? DocumentId, AccessLevel Level) : ICommand<Result<PermissionView>>, IRoomRequest;
