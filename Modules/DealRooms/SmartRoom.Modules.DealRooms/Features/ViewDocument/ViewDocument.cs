using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.ViewDocument;

/// <summary>What <c>view</c> serves: the current version's PDF, stamped for the caller.</summary>
internal sealed record ViewedDocument(Stream Content, string FileName, string Sha256);

/// <summary>
/// The current version of a PDF for reading in the browser, every page stamped with the viewer's email,
/// address and the time (UTC). Needs only View; a command, as every view is written to the audit trail.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Content, AllowSupport = true, NotFoundAs = "document")]
internal sealed record ViewDocument(Guid RoomId, Guid DocumentId) : ICommand<Result<ViewedDocument>>, IRoomRequest;
