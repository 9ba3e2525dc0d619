using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Messaging.Contracts;

/// <summary>
/// A message was posted in a conversation (<paramref name="StartedConversation"/>: the first one, which opened it).
/// <paramref name="Recipients"/> are the participants who may read it now, but the sender. Carries neither the
/// subject nor the text: notices only say that there is something to read, and where.
/// </summary>
[MessageIdentity("messaging.conversation-message-posted.v1")]
public sealed record ConversationMessagePosted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RoomId,
    string RoomName,
    Guid ConversationId,
    Guid MessageId,
    string SenderName,
    bool StartedConversation,
    IReadOnlyList<Recipient> Recipients) : IIntegrationEvent;
