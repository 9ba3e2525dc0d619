using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Identity.Contracts;

/// <summary>The account was locked (by an admin, or by too many failed sign-ins) until <paramref name="LockedUntil"/>.</summary>
[MessageIdentity("identity.user-locked.v1")]
public sealed record UserLocked(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName,
    DateTimeOffset LockedUntil,
    bool ByAdmin) : IIntegrationEvent;
