using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.GetDocument;

internal sealed record VersionView(int Version, long Size, string Sha256, string ContentType, DateTimeOffset CreatedAt, Guid CreatedBy);

internal sealed record DocumentDetails(Guid Id, Guid FolderId, string Name, string Index, int CurrentVersion, IReadOnlyList<VersionView> Versions);

/// <summary>A document's metadata and version history.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Content, AllowSupport = true, NotFoundAs = "document")]
internal sealed record GetDocument(Guid RoomId, Guid DocumentId) : IQuery<Result<DocumentDetails>>, IRoomRequest;
