using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Identity.Contracts;

/// <summary>
/// Someone created an account. Notifications emails the confirmation code as a link to
/// <c>GET /api/identity/confirm-email?userId=&amp;code=</c>; the code is single-purpose and expires with the
/// account's security stamp. It travels sealed (<paramref name="SealedConfirmationCode"/>, opened with
/// <see cref="SecretPurpose"/>), so the outbox and message tables never hold it readable.
/// </summary>
[MessageIdentity("identity.user-registered.v2")]
public sealed record UserRegistered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName,
    string SealedConfirmationCode) : IIntegrationEvent
{
    public const string SecretPurpose = "identity.user-registered/confirmation-code";
}
