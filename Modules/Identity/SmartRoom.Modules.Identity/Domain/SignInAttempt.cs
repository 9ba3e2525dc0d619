namespace SmartRoom.Modules.Identity.Domain;

/// <summary>One sign-in attempt, successful or not, with where it came from.</summary>
internal sealed class SignInAttempt
{
    public Guid Id { get; init; }

    /// <summary>Null when the email matched no account.</summary>
    public Guid? UserId { get; init; }

    public required string Email { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public SignInOutcome Outcome { get; init; }

    public string? IpAddress { get; init; }

    /// <summary>The network the address belongs to (IPv4 /24, IPv6 /48): a new one is a new place.</summary>
    public string? IpRange { get; init; }

    public string? UserAgent { get; init; }

    public required string Browser { get; init; }

    public required string OperatingSystem { get; init; }
}
