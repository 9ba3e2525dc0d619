namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// A support grant, copied from DealRooms' events. Support staff read a room's conversations and questions only
/// while a grant whose manager allowed it (<see cref="MayReadMessages"/>) runs, and never write.
/// </summary>
internal sealed class SupportGrantCopy
{
    public Guid RequestId { get; init; }

    public Guid RoomId { get; init; }

    public Guid UserId { get; init; }

    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public DateTimeOffset ExpiresAt { get; set; }

    public bool MayReadMessages { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>
    /// Bumped by every change: two events about the same row handled at once cannot both write what each read
    /// (the later save fails, and its message is retried against the newer row).
    /// </summary>
    public int Version { get; set; }

    public bool IsLive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}
