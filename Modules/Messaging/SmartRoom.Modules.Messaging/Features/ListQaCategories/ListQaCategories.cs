using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging.Features.ListQaCategories;

/// <summary>The categories a member may ask questions in.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Participant, AllowSupport = true)]
internal sealed record ListQaCategories(Guid RoomId) : IQuery<Result<IReadOnlyList<string>>>, IRoomRequest;
