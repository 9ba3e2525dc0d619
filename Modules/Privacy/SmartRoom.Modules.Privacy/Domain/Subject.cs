namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// Privacy's own copy of an account (the people the policy, consents, notices and breach notices are about),
/// built from Identity's events; never read from Identity's tables. Events may arrive more than once and out
/// of order: each group of facts keeps the time of the event that last set it and only a newer event changes it.
/// </summary>
internal sealed class Subject
{
    public Guid Id { get; init; }

    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public DateTimeOffset ContactUpdatedAt { get; set; }

    public bool EmailConfirmed { get; set; }

    /// <summary>Platform roles, comma-separated (e.g. <c>Admin,Manager</c>).</summary>
    public string Roles { get; set; } = "";

    public DateTimeOffset RolesUpdatedAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset LockUpdatedAt { get; set; }

    public DateTimeOffset FirstSeenAt { get; init; }

    /// <summary>Reachable by email and not locked out now.</summary>
    public bool IsActive(DateTimeOffset now) => EmailConfirmed && (LockedUntil is null || LockedUntil <= now);

    public bool HasRole(string role) => Roles.Split(',').Contains(role, StringComparer.Ordinal);
}
