using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.GetDocumentsReport;

internal sealed record FolderRef(Guid Id, string Index, string Name);

internal sealed record DocumentReadership(
    Guid Id,
    string Index,
    string Name,
    FolderRef Folder,
    int CurrentVersion,
    int DistinctViewers,
    int Views,
    int Downloads,
    DateTimeOffset? LastActivityAt);

internal sealed record DocumentsReport(Guid RoomId, DateTimeOffset GeneratedAt, IReadOnlyList<DocumentReadership> Documents);

/// <summary>
/// Managers' "what is being read": every document in tree order with how members read it. Only records
/// flagged <see cref="ActorKind.Member"/> count — the managers' own reads and support staff's are left
/// out, so the numbers show the other side's interest: distinct members who viewed or downloaded it,
/// views, downloads, and the last time a member did either.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record GetDocumentsReport(Guid RoomId) : IQuery<Result<DocumentsReport>>, IRoomRequest;
