namespace SmartRoom.Modules.Identity.Domain;

/// <summary>An administrative change to an account (roles, lock, 2FA requirement), append-only.</summary>
internal sealed class AuditEntry
{
    public Guid Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public Guid? ActorId { get; init; }

    public required string Action { get; init; }

    public Guid TargetUserId { get; init; }

    /// <summary>JSON of what changed.</summary>
    public required string Details { get; init; }

    public string? IpAddress { get; init; }
}
