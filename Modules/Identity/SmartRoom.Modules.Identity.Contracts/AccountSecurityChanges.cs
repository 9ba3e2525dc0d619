using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Identity.Contracts;

/// <summary>The values of <see cref="AccountSecurityChanged.Change"/>.</summary>
public static class AccountSecurityChanges
{
    public const string TwoFactorEnabled = "two-factor-enabled";
    public const string TwoFactorDisabled = "two-factor-disabled";
    public const string AuthenticatorKeyReset = "authenticator-key-reset";
    public const string RecoveryCodesRegenerated = "recovery-codes-regenerated";
    public const string EmailChangeRequested = "email-change-requested";
}
