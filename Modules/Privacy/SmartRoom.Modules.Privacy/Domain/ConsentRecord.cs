namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// One line of the consent ledger: who (an account, or an anonymous visitor by the id in their cookie) said what
/// about which version of a purpose, how, when and from where. Append-only: never updated or deleted through the
/// API; a withdrawal is a new line. The current state is derived from the latest line per person and purpose
/// (<see cref="ConsentStates"/>).
/// </summary>
internal sealed class ConsentRecord
{
    public Guid Id { get; init; }

    public Guid? UserId { get; init; }

    public Guid? VisitorId { get; init; }

    public required string Purpose { get; init; }

    public int PurposeVersion { get; init; }

    public ConsentDecision Decision { get; init; }

    /// <summary>How it was said (<see cref="ConsentMethods"/>).</summary>
    public required string Method { get; init; }

    /// <summary>SHA-256 of the notice text shown for <see cref="PurposeVersion"/>.</summary>
    public required string NoticeTextHash { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>The client address cut to its network (IPv4 /24, IPv6 /48), see <see cref="TruncatedAddress"/>.</summary>
    public string? IpNetwork { get; init; }

    public string? UserAgent { get; init; }
}
