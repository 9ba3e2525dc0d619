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

/// <summary>
/// Someone tried to register an address that already has an account. The registration answered as for a new
/// account (so nothing about accounts leaks); the owner is told by email.
/// </summary>
[MessageIdentity("identity.registration-attempted-for-existing-account.v1")]
public sealed record RegistrationAttemptedForExistingAccount(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName) : IIntegrationEvent;

/// <summary>
/// Someone signed in to another account asked to move it to this account's address. Nothing moved and the
/// requester was answered as for a free address; this account's owner is told by email.
/// </summary>
[MessageIdentity("identity.email-change-to-taken-address-requested.v1")]
public sealed record EmailChangeToTakenAddressRequested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName) : IIntegrationEvent;

/// <summary>The account's owner proved the email address is theirs (first confirmation or a change).</summary>
[MessageIdentity("identity.email-confirmed.v1")]
public sealed record UserEmailConfirmed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email) : IIntegrationEvent;

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

[MessageIdentity("identity.profile-changed.v1")]
public sealed record UserProfileChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName,
    string? ZipCode) : IIntegrationEvent;

/// <summary>An admin changed the account's platform roles ("access status").</summary>
[MessageIdentity("identity.roles-changed.v1")]
public sealed record UserRolesChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    Guid? ChangedBy) : IIntegrationEvent;

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

[MessageIdentity("identity.user-unlocked.v1")]
public sealed record UserUnlocked(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName) : IIntegrationEvent;

/// <summary>An admin requires two-factor sign-in for this account.</summary>
[MessageIdentity("identity.two-factor-required.v1")]
public sealed record UserTwoFactorRequired(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string Email,
    string DisplayName) : IIntegrationEvent;

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

/// <summary>The values of <see cref="AccountSecurityChanged.Change"/>.</summary>
public static class AccountSecurityChanges
{
    public const string TwoFactorEnabled = "two-factor-enabled";
    public const string TwoFactorDisabled = "two-factor-disabled";
    public const string AuthenticatorKeyReset = "authenticator-key-reset";
    public const string RecoveryCodesRegenerated = "recovery-codes-regenerated";
    public const string EmailChangeRequested = "email-change-requested";
}

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
