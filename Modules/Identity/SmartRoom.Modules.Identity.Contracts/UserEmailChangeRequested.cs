using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Identity.Contracts;

/// <summary>
/// The owner asked to move the account to <paramref name="NewEmail"/>; the link with the confirmation
/// code (sealed: <paramref name="SealedConfirmationCode"/>, <see cref="SecretPurpose"/>) goes to the new
/// address, a notice to the current one.
/// </summary>
[MessageIdentity("identity.email-change-requested.v2")]
public sealed record UserEmailChangeRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string CurrentEmail,
    string NewEmail,
    string DisplayName,
    string SealedConfirmationCode) : IIntegrationEvent
{
    public const string SecretPurpose = "identity.email-change-requested/confirmation-code";
}
