namespace SmartRoom.Modules.Messaging.Views;

/// <summary>One message as a participant reads it: the body is null once deleted (<see cref="Deleted"/>).</summary>
internal sealed record MessageView(
    Guid Id,
    Guid ConversationId,
    int Number,
    PersonView Sender,
    string? Body,
    bool Deleted,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    IReadOnlyList<AttachmentView> Attachments);
