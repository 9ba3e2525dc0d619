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

    /// <summary>The terms (NDA) members must accept before opening any content; null when the room has none.</summary>
    public string? TermsText { get; set; }

    /// <summary>SHA-256 (hex) of <see cref="TermsText"/>'s UTF-8 bytes: what an acceptance is bound to.</summary>
    public string? TermsHash { get; set; }

    /// <summary>1, 2, 3… each time the text changes.</summary>
    public int TermsVersion { get; set; }

    public DateTimeOffset? TermsUpdatedAt { get; set; }

    /// <summary>CIDR ranges (one per line) non-managers must come from; empty for anywhere.</summary>
    public string IpAllowList { get; set; } = "";

    /// <summary>Stamp PDFs served by <c>content</c> too, not only by <c>view</c>.</summary>
    public bool WatermarkDownloads { get; set; }

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

    /// <summary>When they last entered the room (kept to the minute).</summary>
    public DateTimeOffset? LastSeenAt { get; set; }

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

/// <summary>A member's acceptance of one exact text of the room's terms, with where it was given from.</summary>
internal sealed class TermsAcceptance
{
    public Guid Id { get; init; }

    public Guid RoomId { get; init; }

    public Guid UserId { get; init; }

    public int TermsVersion { get; init; }

    public required string TermsHash { get; init; }

    public DateTimeOffset AcceptedAt { get; init; }

    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }
}

internal enum SupportAccessStatus
{
    Pending,
    Approved,
    Denied,
    Revoked,
}

/// <summary>
/// Support staff asking to enter a room. A manager approves for a number of hours (and says whether
/// documents may be viewed), denies, or revokes; the grant ends the moment it expires.
/// </summary>
internal sealed class SupportAccessRequest
{
    public Guid Id { get; init; }

    public Guid RoomId { get; init; }

    public Guid RequestedBy { get; init; }

    public required string RequesterEmail { get; init; }

    public required string RequesterName { get; init; }

    public required string Reason { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public SupportAccessStatus Status { get; set; }

    public Guid? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public bool MayViewDocuments { get; set; }

    public Guid? RevokedBy { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsGrantedAt(DateTimeOffset now) => Status == SupportAccessStatus.Approved && ExpiresAt > now;

    /// <summary>The same rule as <see cref="IsGrantedAt"/>, for queries.</summary>
    public static System.Linq.Expressions.Expression<Func<SupportAccessRequest, bool>> GrantedAt(DateTimeOffset now) =>
        r => r.Status == SupportAccessStatus.Approved && r.ExpiresAt > now;
}
