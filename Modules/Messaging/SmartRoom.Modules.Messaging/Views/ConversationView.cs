namespace SmartRoom.Modules.Messaging.Views;

/// <summary>
/// A conversation as the caller sees it in their list: who started it, who takes part (the room's managers always),
/// how many messages it has, when the last one came, and how many the caller has not read.
/// </summary>
internal sealed record ConversationView(
    Guid Id,
    string Subject,
    PersonView StartedBy,
    IReadOnlyList<PersonView> Participants,
    int MessageCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastMessageAt,
    int UnreadCount);
