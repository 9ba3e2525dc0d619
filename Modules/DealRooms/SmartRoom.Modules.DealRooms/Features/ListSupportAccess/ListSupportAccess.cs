using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ListSupportAccess;

/// <summary>Support requests and grants of a room, newest first: all of them for its managers, their own for support staff.</summary>
[RequiresUser]
[EntersNoRoom("Support staff follow their own requests without entering the room: the handler enters as a manager and falls back to them.")]
internal sealed record ListSupportAccess(Guid RoomId) : IQuery<Result<IReadOnlyList<SupportAccessView>>>;
