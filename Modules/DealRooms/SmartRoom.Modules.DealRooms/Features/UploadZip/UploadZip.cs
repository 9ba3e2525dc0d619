using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.UploadZip;

internal sealed record ZipFolderView(Guid Id, Guid? ParentId, string Name, string Index);

internal sealed record ZipDocumentView(Guid Id, Guid FolderId, string Name, string Index, long Size, string Sha256, string ContentType);

/// <summary>What a zip upload added: the folders it created (reused ones are not listed) and every document.</summary>
internal sealed record ZipUploaded(IReadOnlyList<ZipFolderView> Folders, IReadOnlyList<ZipDocumentView> Documents);

/// <summary>
/// Unpacks a zip into a folder, keeping its tree: directories become folders (an existing subfolder of the
/// same name, ignoring case, is reused), files become documents written exactly as single uploads are
/// (sniffed, encrypted, hashed). All or nothing: any refusal — unsafe path, zip bomb, a name already
/// taken, an executable — stores no row and no blob.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Content)]
internal sealed record UploadZip(Guid RoomId, Guid FolderId, string FileName, Stream Content) : ICommand<Result<ZipUploaded>>, IRoomRequest;
