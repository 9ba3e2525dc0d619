using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.ListMessages;

/// <summary>
/// A page of a conversation's messages, oldest first: the latest <see cref="Limit"/> messages, or the
/// <see cref="Limit"/> before message <see cref="Before"/> (to page back). Support staff's reads are on the record.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Participant, AllowSupport = true, NotFoundAs = "conversation")]
internal sealed record ListMessages(Guid RoomId, Guid ConversationId, Guid? Before, int Limit) : IQuery<Result<MessagePage>>, IRoomRequest;

/// <summary>
/// Messages oldest first; <see cref="Before"/>: the cursor of the page before this one (its first message's id), null
/// when this page starts the conversation.
/// </summary>
internal sealed record MessagePage(IReadOnlyList<MessageView> Items, int Total, Guid? Before);
