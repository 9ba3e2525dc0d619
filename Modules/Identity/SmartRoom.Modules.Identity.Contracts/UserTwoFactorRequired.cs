using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Identity.Contracts;

/// <summary>An admin requires two-factor sign-in for this account.</summary>
[MessageIdentity("identity.two-factor-required.v1")]
public sealed record UserTwoFactorRequired(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName) : IIntegrationEvent;
