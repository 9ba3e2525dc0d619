using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.InviteMember;

/// <summary>
/// A manager invites someone by email into a role and group. The single-use link (token stored hashed,
/// 14 days by default) is emailed by Notifications.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record InviteMember(Guid RoomId, string Email, RoomRole Role, Guid? GroupId, DateTimeOffset? ExpiresAt) : ICommand<Result<InvitationView>>, IRoomRequest;
