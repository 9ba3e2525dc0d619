using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging.Features.RemoveQaExpert;

/// <summary>Managers take the Q&amp;A expert flag away; questions already assigned to them stay assigned. Idempotent: removing one who is not an expert changes nothing.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record RemoveQaExpert(Guid RoomId, Guid UserId) : ICommand<Result<Done>>, IRoomRequest;
