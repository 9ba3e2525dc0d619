using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.ListVisibleDocuments;

/// <summary>
/// Answers another module's <c>CheckDocumentAccess</c>: which of <paramref name="DocumentIds"/> in room
/// <paramref name="RoomId"/> may <paramref name="UserId"/> see now (managers every one; members by their group's
/// permissions; nobody who is not an active member). Missing, foreign and hidden documents are all simply absent.
/// </summary>
[EntersNoRoom("asked by another module about a person, who is not the caller")]
internal sealed record ListVisibleDocuments(Guid RoomId, Guid UserId, IReadOnlyList<Guid> DocumentIds) : IQuery<Result<DocumentAccessAnswer>>;
