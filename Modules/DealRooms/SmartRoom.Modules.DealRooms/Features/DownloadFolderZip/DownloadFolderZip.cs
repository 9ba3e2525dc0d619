using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.DownloadFolderZip;

/// <summary>
/// A folder as a zip of exactly what the caller may download: the folder's subtree through the folders
/// they may see, the current version of each document they may download (View-only ones are left out).
/// Paths carry the index numbers: <c>1.2 Financials/1.2.1 Budget.xlsx</c>. A command, not a query: the
/// download is written to the audit trail (one <c>folder.downloaded</c>, and a <c>document.downloaded</c>
/// per document with <c>viaZip</c>) before a byte is sent.
/// </summary>
[RequiresUser]
// Support staff never take content away in bulk: they do not enter here.
[EntersRoom(RoomEntry.Content, NotFoundAs = "folder")]
internal sealed record DownloadFolderZip(Guid RoomId, Guid FolderId) : ICommand<Result<FolderArchive>>, IRoomRequest;

internal sealed record ArchiveDocument(Guid Id, string Path, Guid FolderId, int Position, DocumentVersion Version);

/// <summary>One entry of a folder archive: a directory (path ends with '/') or a document's current version.</summary>
internal sealed record ArchiveItem(string Path, ArchiveDocument? Document);
