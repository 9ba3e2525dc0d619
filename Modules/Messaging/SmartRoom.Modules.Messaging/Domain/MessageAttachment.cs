namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>A reference to a room document attached to a message (never its bytes or name: readers are asked about afresh).</summary>
internal sealed class MessageAttachment
{
    public Guid MessageId { get; init; }

    public Guid DocumentId { get; init; }

    public int Position { get; init; }
}
