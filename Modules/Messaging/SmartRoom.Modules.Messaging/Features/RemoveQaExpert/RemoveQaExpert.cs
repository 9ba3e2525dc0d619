using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging.Features.RemoveQaExpert;

/// <summary>Managers take the Q&amp;A expert flag away; questions already assigned to them stay assigned.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record RemoveQaExpert(Guid RoomId, Guid UserId) : ICommand<Result<Done>>, IRoomRequest;
