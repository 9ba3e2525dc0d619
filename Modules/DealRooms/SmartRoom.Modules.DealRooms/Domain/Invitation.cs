namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>A single-use invitation; only the hash of its token is stored.</summary>
internal sealed class Invitation
{
    public Guid Id { get; init; }

    public Guid RoomId { get; init; }

    public required string Email { get; init; }

    public RoomRole Role { get; init; }

    public Guid? GroupId { get; init; }

    public required string TokenHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid CreatedBy { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public Guid? AcceptedBy { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsPending(DateTimeOffset now) => AcceptedAt is null && RevokedAt is null && ExpiresAt > now;
}
