namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Someone in a conversation besides the room's managers (who see every conversation of their room): the member who
/// started it and those added. A manager gets a row too once they read it, to keep their read state.
/// </summary>
internal sealed class ConversationParticipant
{
    public Guid ConversationId { get; init; }

    public Guid UserId { get; init; }

    public Guid RoomId { get; init; }

    public DateTimeOffset AddedAt { get; init; }

    /// <summary>Everything posted up to this moment has been read by them; null: nothing read yet.</summary>
    public DateTimeOffset? LastReadAt { get; set; }
}
