using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Identity.Contracts;

/// <summary>
/// A sensitive account setting changed (see <see cref="AccountSecurityChanges"/>); the owner is told at
/// <paramref name="Email"/> (for an email change, the current address) with when and where from.
/// <paramref name="Detail"/> is what the change needs said (the requested new address), never a secret.
/// </summary>
[MessageIdentity("identity.account-security-changed.v1")]
public sealed record AccountSecurityChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName,
    string Change,
    string? Detail,
    string? IpAddress,
    string Browser,
    string OperatingSystem) : IIntegrationEvent;
