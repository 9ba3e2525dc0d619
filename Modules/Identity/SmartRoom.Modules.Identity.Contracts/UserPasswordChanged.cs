using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Identity.Contracts;

/// <summary>
/// The password was changed or reset; every other session was signed out. Where from: the client address and
/// browser of the request that changed it (absent in events written before they were added).
/// </summary>
[MessageIdentity("identity.password-changed.v1")]
public sealed record UserPasswordChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName,
    bool ByReset,
    string? IpAddress = null,
    string? Browser = null,
    string? OperatingSystem = null) : IIntegrationEvent;
