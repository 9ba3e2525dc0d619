namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// A thread between a member (and the members they added) and the room's managers, who are always participants.
/// Its subject is sealed with the room's key (field <see cref="SealedFields.Subject"/>).
/// </summary>
internal sealed class Conversation
{
    public Guid Id { get; init; }

    public Guid RoomId { get; init; }

    public Guid StartedBy { get; init; }

    public required byte[] SubjectSealed { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset LastMessageAt { get; set; }

    public int MessageCount { get; set; }
}
