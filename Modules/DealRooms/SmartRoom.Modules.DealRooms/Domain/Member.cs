namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>A person in a room: their room role, their group, and until when they may enter.</summary>
internal sealed class Member
{
    public Guid RoomId { get; init; }

    public Guid UserId { get; init; }

    public required string Email { get; set; }

    public required string DisplayName { get; set; }

    public RoomRole Role { get; set; }

    public Guid? GroupId { get; set; }

    public DateTimeOffset JoinedAt { get; init; }

    public DateTimeOffset? AccessExpiresAt { get; set; }

    public DateTimeOffset? RemovedAt { get; set; }

    /// <summary>When they last entered the room (kept to the minute).</summary>
    public DateTimeOffset? LastSeenAt { get; set; }

    /// <summary>Removal and expiry take effect at the moment they pass, not when a job notices.</summary>
    public bool IsActive(DateTimeOffset now) => RemovedAt is null && (AccessExpiresAt is null || AccessExpiresAt > now);

    /// <summary>The same rule as <see cref="IsActive"/>, for queries.</summary>
    public static System.Linq.Expressions.Expression<Func<Member, bool>> ActiveAt(DateTimeOffset now) =>
        m => m.RemovedAt == null && (m.AccessExpiresAt == null || m.AccessExpiresAt > now);
}
