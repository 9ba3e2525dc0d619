namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// One message of a conversation: plain text sealed with the room's key (field <see cref="SealedFields.Body"/>), with
/// the text's SHA-256. Editable by its sender for 15 minutes; deleting keeps the row (shown as deleted) and wipes the text.
/// </summary>
internal sealed class ConversationMessage
{
    public Guid Id { get; init; }

    public Guid ConversationId { get; init; }

    public Guid RoomId { get; init; }

    public Guid SenderId { get; init; }

    /// <summary>Its place in the conversation (1, 2, …): unique there, so two messages posted at once cannot share it.</summary>
    public int Number { get; init; }

    public byte[]? BodySealed { get; set; }

    public string BodySha256 { get; set; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? EditedAt { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public Guid? DeletedBy { get; set; }
}
