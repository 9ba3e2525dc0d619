using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.SetQaExpert;

internal sealed record SetQaExpertBody(IReadOnlyList<string>? Categories);

/// <summary>Managers flag an active member of the room as Q&amp;A expert for categories: questions in them are routed to them.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record SetQaExpert(Guid RoomId, Guid UserId, IReadOnlyList<string>? Categories) : ICommand<Result<QaExpertView>>, IRoomRequest;
