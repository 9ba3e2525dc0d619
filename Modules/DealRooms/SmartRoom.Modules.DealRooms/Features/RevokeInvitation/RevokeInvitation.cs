using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.RevokeInvitation;

/// <summary>A manager withdraws a pending invitation; its link stops working.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record RevokeInvitation(Guid RoomId, Guid InvitationId) : ICommand<Result<Done>>, IRoomRequest;
