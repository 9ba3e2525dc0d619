using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.AddDocumentVersion;

/// <summary>
/// A new version of a document, by a manager or a contributor whose group may upload there. Members then
/// see the new version; older ones stay downloadable by managers.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Content, NotFoundAs = "document")]
internal sealed record AddDocumentVersion(Guid RoomId, Guid DocumentId, Stream Content) : ICommand<Result<DocumentView>>, IRoomRequest;
