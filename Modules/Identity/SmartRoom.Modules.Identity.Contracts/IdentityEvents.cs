using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Identity.Contracts;

/// <summary>
/// Someone created an account. Notifications emails <paramref name="ConfirmationCode"/> as a link to
/// <c>GET /api/identity/confirm-email?userId=&amp;code=</c>; the code is single-purpose and expires with the
/// account's security stamp.
/// </summary>
[MessageIdentity("identity.user-registered.v1")]
public sealed record UserRegistered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName,
    string ConfirmationCode) : IIntegrationEvent;

/// <summary>The account's owner proved the email address is theirs.</summary>
[MessageIdentity("identity.email-confirmed.v1")]
public sealed record UserEmailConfirmed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email) : IIntegrationEvent;
