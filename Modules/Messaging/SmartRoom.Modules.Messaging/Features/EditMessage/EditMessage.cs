using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.EditMessage;

/// <summary>The sender rewrites their message, within 15 minutes of posting it.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.ParticipantToWrite, NotFoundAs = "conversation")]
internal sealed record EditMessage(Guid RoomId, Guid ConversationId, Guid MessageId, string Body) : ICommand<Result<MessageView>>, IRoomRequest;

/// <summary>The request body of <c>PATCH …/messages/{messageId}</c>.</summary>
internal sealed record EditMessageBody(string Body);
