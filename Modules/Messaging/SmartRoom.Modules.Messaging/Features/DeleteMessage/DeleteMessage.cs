using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging.Features.DeleteMessage;

/// <summary>Its sender or a manager deletes a message: the row stays (shown as deleted), its text and attachments go.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.ParticipantToWrite, NotFoundAs = "conversation")]
internal sealed record DeleteMessage(Guid RoomId, Guid ConversationId, Guid MessageId) : ICommand<Result<Done>>, IRoomRequest;
