using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Identity.Contracts;

/// <summary>A successful sign-in from a browser, operating system or network not seen before for this account.</summary>
[MessageIdentity("identity.signed-in-from-new-device.v1")]
public sealed record SignedInFromNewDevice(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName,
    string? IpAddress,
    string Browser,
    string OperatingSystem) : IIntegrationEvent;
