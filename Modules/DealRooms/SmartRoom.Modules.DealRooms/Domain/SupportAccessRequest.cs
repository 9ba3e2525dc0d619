namespace SmartRoom.Modules.DealRooms.Domain;

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

    /// <summary>The manager also let them read the room's conversations and questions (read-only, every read on the record).</summary>
    public bool MayReadMessages { get; set; }

    public Guid? RevokedBy { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsGrantedAt(DateTimeOffset now) => Status == SupportAccessStatus.Approved && ExpiresAt > now;

    /// <summary>The same rule as <see cref="IsGrantedAt"/>, for queries.</summary>
    public static System.Linq.Expressions.Expression<Func<SupportAccessRequest, bool>> GrantedAt(DateTimeOffset now) =>
        r => r.Status == SupportAccessStatus.Approved && r.ExpiresAt > now;
}
