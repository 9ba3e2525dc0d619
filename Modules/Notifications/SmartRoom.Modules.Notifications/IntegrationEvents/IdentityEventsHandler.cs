using SmartRoom.BuildingBlocks.Configuration;
using SmartRoom.Modules.Identity.Contracts;
using SmartRoom.Modules.Notifications.Templates;
using SmartRoom.Modules.Notifications.Templates.Models;

namespace SmartRoom.Modules.Notifications.IntegrationEvents;

/// <summary>
/// Wolverine adapter: each of Identity's events becomes one <see cref="NotifyRecipient"/>, sent with the event's
/// own completion. Codes and links that carry them are opened here only to be sealed again for the notice.
/// </summary>
public static class IdentityEventsHandler
{
    public static NotifyRecipient Handle(UserRegistered e, SecretSealer sealer, SmartRoomOptions platform) =>
        Notices.To(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Security, new ConfirmAccountEmail(EmailComposer.Seal(sealer,
            Links.To(platform.PublicBaseUrl, "/api/identity/confirm-email",
                ("userId", e.UserId.ToString()), ("code", sealer.Unseal(UserRegistered.SecretPurpose, e.SealedConfirmationCode))))));

    /// <summary>The current address is told by AccountSecurityChanged (email-change-requested), with where the request came from.</summary>
    public static NotifyRecipient Handle(UserEmailChangeRequested e, SecretSealer sealer, SmartRoomOptions platform) =>
        Notices.To(e.EventId, e.UserId, e.NewEmail, e.DisplayName, Categories.Security, new ConfirmNewAddressEmail(EmailComposer.Seal(sealer,
            Links.To(platform.PublicBaseUrl, "/api/identity/confirm-email", ("userId", e.UserId.ToString()),
                ("code", sealer.Unseal(UserEmailChangeRequested.SecretPurpose, e.SealedConfirmationCode)), ("changedEmail", e.NewEmail)))));

    public static NotifyRecipient Handle(RegistrationAttemptedForExistingAccount e) =>
        Notices.To(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Security, new RegistrationAttemptedEmail(Notices.When(e.OccurredAt)));

    public static NotifyRecipient Handle(EmailChangeToTakenAddressRequested e) =>
        Notices.To(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Security, new EmailChangeToTakenAddressEmail(Notices.When(e.OccurredAt)));

    public static NotifyRecipient Handle(PasswordResetRequested e, SecretSealer sealer) =>
        Notices.To(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Security,
            new PasswordResetEmail(EmailComposer.Seal(sealer, sealer.Unseal(PasswordResetRequested.SecretPurpose, e.SealedResetCode))));

    public static NotifyRecipient Handle(UserPasswordChanged e, SmartRoomOptions platform) =>
        Notices.To(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Security,
            new PasswordChangedEmail(e.ByReset ? "reset with an emailed code" : "changed", Notices.When(e.OccurredAt),
                e.IpAddress ?? "", e.Browser ?? "", e.OperatingSystem ?? "", Links.To(platform.PublicBaseUrl, "/")),
            "Password changed", $"Your password was {(e.ByReset ? "reset" : "changed")}; every session was signed out.");

    /// <summary>A sensitive change (sudo mode): what, when and where from, and what to do if it was not the owner.</summary>
    public static NotifyRecipient Handle(AccountSecurityChanged e, SmartRoomOptions platform)
    {
        var (when, ip, link) = (Notices.When(e.OccurredAt), e.IpAddress ?? "unknown", Links.To(platform.PublicBaseUrl, "/"));
        if (e.Change == AccountSecurityChanges.EmailChangeRequested)
        {
            return Notices.To(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Security,
                new EmailChangeNoticeEmail(when, ip, e.Browser, e.OperatingSystem, link, e.Detail ?? ""),
                "Email change requested", $"Your account will move to {e.Detail} once that address is confirmed.");
        }

        var (subject, what) = e.Change switch
        {
            AccountSecurityChanges.TwoFactorEnabled => ("Two-factor sign-in turned on",
                "Two-factor sign-in was turned on for your SmartRoom account: signing in now needs a code from your authenticator app."),
            AccountSecurityChanges.TwoFactorDisabled => ("Two-factor sign-in turned off",
                "Two-factor sign-in was turned off for your SmartRoom account: a password alone now signs in."),
            AccountSecurityChanges.AuthenticatorKeyReset => ("Authenticator key reset",
                "The authenticator key of your SmartRoom account was reset; two-factor sign-in is off until a code from the new key is verified."),
            AccountSecurityChanges.RecoveryCodesRegenerated => ("New recovery codes",
                "New two-factor recovery codes were generated for your SmartRoom account; the old ones no longer work."),
            _ => ("Security setting changed", "A security setting of your SmartRoom account was changed."),
        };
        return Notices.To(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Security,
            new AccountSecurityChangedEmail($"SmartRoom: {subject}", what, when, ip, e.Browser, e.OperatingSystem, link), subject, what);
    }

    public static NotifyRecipient Handle(SignedInFromNewDevice e) =>
        Notices.To(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Security,
            new NewSignInEmail(Notices.When(e.OccurredAt), e.Browser, e.OperatingSystem, e.IpAddress ?? "unknown"),
            "New sign-in", $"{e.Browser} on {e.OperatingSystem} from {e.IpAddress ?? "an unknown address"}.");

    public static NotifyRecipient Handle(UserRolesChanged e) =>
        Notices.To(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Access, new RolesChangedEmail(List(e.Roles), List(e.Added), List(e.Removed)),
            "Your access changed", $"Your roles are now: {List(e.Roles)}.");

    public static NotifyRecipient Handle(UserLocked e) =>
        Notices.To(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Access,
            new AccountLockedEmail(
                e.ByAdmin ? "by an administrator" : "after too many failed sign-in attempts",
                e.LockedUntil == DateTimeOffset.MaxValue ? "an administrator unlocks it" : Notices.When(e.LockedUntil),
                e.ByAdmin ? "Contact your SmartRoom administrator." : "If these attempts were not yours, reset your password once the lock ends."),
            "Account locked", e.ByAdmin ? "An administrator locked your account." : "Too many failed sign-in attempts locked your account.");

    public static NotifyRecipient Handle(UserUnlocked e) =>
        Notices.To(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Access, new AccountUnlockedEmail(),
            "Account unlocked", "An administrator unlocked your account.");

    public static NotifyRecipient Handle(UserTwoFactorRequired e) =>
        Notices.To(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Access, new TwoFactorRequiredEmail(),
            "Two-factor sign-in required", "Set up an authenticator app at your next sign-in.");

    public static NotifyRecipient Handle(UserProfileChanged e) =>
        Notices.To(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.AccountActivity, new ProfileChangedEmail(e.ZipCode ?? ""),
            "Profile updated", $"Display name \"{e.DisplayName}\", zip code \"{e.ZipCode}\".");

    private static string List(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);
}
