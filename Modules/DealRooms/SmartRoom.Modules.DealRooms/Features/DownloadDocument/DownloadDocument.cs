using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.DownloadDocument;

/// <summary>
/// What a download serves: the decrypted content, seekable for range requests — or, when
/// <paramref name="Watermarked"/>, a copy stamped for the caller (<paramref name="Sha256"/> then of that copy).
/// </summary>
internal sealed record DocumentContent(Stream Content, string FileName, string ContentType, string Sha256, DateTimeOffset LastModified, bool Watermarked = false);

/// <summary>
/// Streams a version's decrypted bytes (the current one unless asked). A command, not a query: every
/// download is written to the audit trail. In rooms that watermark downloads, PDFs reach non-managers
/// stamped like <c>view</c>; other types are served as stored.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Content, AllowSupport = true, NotFoundAs = "document")]
internal sealed record DownloadDocument(Guid RoomId, Guid DocumentId, int? Version, string? Range) : ICommand<Result<DocumentContent>>, IRoomRequest;
