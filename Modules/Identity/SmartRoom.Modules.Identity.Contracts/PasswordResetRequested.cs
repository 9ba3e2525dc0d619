using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Identity.Contracts;

/// <summary>
/// Someone asked to reset the password; the reset code goes to the owner only. It travels sealed
/// (<paramref name="SealedResetCode"/>, opened with <see cref="SecretPurpose"/>).
/// </summary>
[MessageIdentity("identity.password-reset-requested.v2")]
public sealed record PasswordResetRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName,
    string SealedResetCode) : IIntegrationEvent
{
    public const string SecretPurpose = "identity.password-reset-requested/reset-code";
}
