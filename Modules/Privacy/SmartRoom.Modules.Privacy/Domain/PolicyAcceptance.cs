namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// Proof that a person accepted one version of the privacy policy: when, from which address and browser, and the
/// SHA-256 of the exact text they were shown. Written once per person and version, never changed.
/// </summary>
internal sealed class PolicyAcceptance
{
    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    public Guid PolicyVersionId { get; init; }

    public int PolicyNumber { get; init; }

    public DateTimeOffset AcceptedAt { get; init; }

    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }

    /// <summary>The accepted version's <see cref="PolicyVersion.TextHash"/>.</summary>
    public string TextHash { get; init; } = "";
}
