using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.RemoveMember;

/// <summary>A manager removes a member: their access ends with this request.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record RemoveMember(Guid RoomId, Guid UserId) : ICommand<Result<Done>>, IRoomRequest;
