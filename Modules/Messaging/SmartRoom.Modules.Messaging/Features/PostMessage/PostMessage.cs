using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.PostMessage;

/// <summary>A participant posts a message, attaching documents they may see; everyone else who may read it is told.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.ParticipantToWrite, NotFoundAs = "conversation")]
internal sealed record PostMessage(Guid RoomId, Guid ConversationId, string Body, IReadOnlyList<Guid> DocumentIds) : ICommand<Result<MessageView>>, IRoomRequest;

/// <summary>The request body of <c>POST …/conversations/{conversationId}/messages</c>.</summary>
internal sealed record PostMessageBody(string Body, Guid[]? DocumentIds);
