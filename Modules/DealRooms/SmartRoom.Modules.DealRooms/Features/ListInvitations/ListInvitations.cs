using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ListInvitations;

/// <summary>Pending invitations of a room (managers).</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record ListInvitations(Guid RoomId) : IQuery<Result<IReadOnlyList<InvitationView>>>, IRoomRequest;
