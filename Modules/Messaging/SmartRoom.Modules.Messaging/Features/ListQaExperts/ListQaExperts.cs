using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.ListQaExperts;

/// <summary>Managers: the room's Q&amp;A experts and their categories.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record ListQaExperts(Guid RoomId) : IQuery<Result<IReadOnlyList<QaExpertView>>>, IRoomRequest;
