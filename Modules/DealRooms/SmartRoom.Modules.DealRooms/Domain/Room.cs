namespace SmartRoom.Modules.DealRooms.Domain;

internal enum RoomStatus
{
    Draft,
    Active,
    Closed,
    Archived,
}

internal enum RoomRole
{
    Manager,
    Contributor,
    Viewer,
}

/// <summary>A deal room. Closed rooms are read-only; archived rooms are visible to their managers only.</summary>
internal sealed class Room
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    public RoomStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid CreatedBy { get; init; }

    /// <summary>Draft → Active → Closed → Archived; a closed room may be reopened.</summary>
    public static bool CanMove(RoomStatus from, RoomStatus to) => (from, to) switch
    {
        (RoomStatus.Draft, RoomStatus.Active) => true,
        (RoomStatus.Active, RoomStatus.Closed) => true,
        (RoomStatus.Closed, RoomStatus.Active) => true,
        (RoomStatus.Closed, RoomStatus.Archived) => true,
        _ => false,
    };
}

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

    /// <summary>Removal and expiry take effect at the moment they pass, not when a job notices.</summary>
    public bool IsActive(DateTimeOffset now) => RemovedAt is null && (AccessExpiresAt is null || AccessExpiresAt > now);

    /// <summary>The same rule as <see cref="IsActive"/>, for queries.</summary>
    public static System.Linq.Expressions.Expression<Func<Member, bool>> ActiveAt(DateTimeOffset now) =>
        m => m.RemovedAt == null && (m.AccessExpiresAt == null || m.AccessExpiresAt > now);
}

/// <summary>A set of members (e.g. "Bidder A"); groups never see each other.</summary>
internal sealed class Group
{
    public Guid Id { get; init; }

    public Guid RoomId { get; init; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}

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

/// <summary>A folder of the room's numbered tree: <see cref="Index"/> is "1", "1.2", "1.2.3", renumbered on every move.</summary>
internal sealed class Folder
{
    public Guid Id { get; init; }

    public Guid RoomId { get; init; }

    public Guid? ParentId { get; set; }

    public required string Name { get; set; }

    /// <summary>1-based place among its siblings.</summary>
    public int Position { get; set; }

    public string Index { get; set; } = "";

    public DateTimeOffset CreatedAt { get; init; }
}
