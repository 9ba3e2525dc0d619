using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Features.AcceptPolicy;

/// <summary>
/// The signed-in person accepts a version of the privacy policy: the one in force or the published one that
/// replaces it later. Recorded once with time, IP address, browser and the text's SHA-256; accepting again
/// answers the first record.
/// </summary>
[RequiresUser]
internal sealed record AcceptPolicy(int Version, string? IpAddress, string? UserAgent) : ICommand<Result<PolicyAccepted>>;

/// <summary>The acceptance as recorded, and the person's standing after it.</summary>
internal sealed record PolicyAccepted(
    int Version,
    string TextHash,
    DateTimeOffset AcceptedAt,
    string? IpAddress,
    string? UserAgent,
    PolicyStanding Policy);
