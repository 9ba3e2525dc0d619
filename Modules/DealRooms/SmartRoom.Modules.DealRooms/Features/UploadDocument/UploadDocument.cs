using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.UploadDocument;

/// <summary>
/// A manager uploads a file into a folder. The body streams through SHA-256 and chunked AES-256-GCM
/// straight into a temp blob (memory stays at a few chunks whatever the size); the blob is committed and
/// then the rows; any failure on the way leaves neither.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Content)]
internal sealed record UploadDocument(Guid RoomId, Guid FolderId, string FileName, Stream Content) : ICommand<Result<DocumentView>>, IRoomRequest;
