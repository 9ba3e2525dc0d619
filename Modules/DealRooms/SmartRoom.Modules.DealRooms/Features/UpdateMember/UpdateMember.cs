using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.UpdateMember;

/// <summary>A manager changes a member's role, group or access expiry.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record UpdateMember(Guid RoomId, Guid UserId, RoomRole? Role, Guid? GroupId, DateTimeOffset? AccessExpiresAt, bool ClearAccessExpiry)
    : ICommand<Result<MemberView>>, IRoomRequest;
