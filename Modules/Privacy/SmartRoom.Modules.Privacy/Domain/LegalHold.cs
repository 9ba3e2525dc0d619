namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// A legal hold: while it is not released, retention keeps what it covers — everything about one person
/// (<see cref="LegalHoldScopes.User"/>), everything of one deal room (<see cref="LegalHoldScopes.Room"/>), or a whole
/// category (<see cref="LegalHoldScopes.Category"/>). Holds are never deleted: releasing one records who, when and why.
/// <see cref="ReviewAt"/> is when it should be looked at again; passing it releases nothing.
/// </summary>
internal sealed class LegalHold
{
    public Guid Id { get; init; }

    public required string ScopeKind { get; init; }

    /// <summary>The person's or the room's id (kinds user and room).</summary>
    public Guid? ScopeId { get; init; }

    /// <summary>The category's key (kind category).</summary>
    public string? ScopeKey { get; init; }

    public required string Reason { get; init; }

    /// <summary>Who authorised the hold (a court order, counsel, the data protection officer), as written.</summary>
    public required string AuthorisedBy { get; init; }

    public DateTimeOffset ReviewAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid? CreatedBy { get; init; }

    public DateTimeOffset? ReleasedAt { get; set; }

    public Guid? ReleasedBy { get; set; }

    public string? ReleaseReason { get; set; }

    public bool IsActive => ReleasedAt is null;
}
