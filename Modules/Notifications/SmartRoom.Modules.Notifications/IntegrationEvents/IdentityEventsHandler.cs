using System.Globalization;
using Mediator;
using SmartRoom.BuildingBlocks.Configuration;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Identity.Contracts;
using SmartRoom.Modules.Notifications.Domain;
using SmartRoom.Modules.Notifications.Features.Notify;
using SmartRoom.Modules.Notifications.Templates;

namespace SmartRoom.Modules.Notifications.IntegrationEvents;

/// <summary>Wolverine adapter: each of Identity's events becomes one notice. Only sends commands; idempotent through them.</summary>
public static class IdentityEventsHandler
{
    public static Task Handle(UserRegistered e, ISender sender, SecretSealer sealer, SmartRoomOptions platform, CancellationToken ct) =>
        Send(sender, new Notify(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Security, "confirm-account", Model(),
            Secrets: Secret("link", Links.To(platform.PublicBaseUrl, "/api/identity/confirm-email",
                ("userId", e.UserId.ToString()), ("code", sealer.Unseal(UserRegistered.SecretPurpose, e.SealedConfirmationCode))))),
            ct);

    public static async Task Handle(UserEmailChangeRequested e, ISender sender, SecretSealer sealer, SmartRoomOptions platform, CancellationToken ct)
    {
        var link = Links.To(platform.PublicBaseUrl, "/api/identity/confirm-email", ("userId", e.UserId.ToString()),
            ("code", sealer.Unseal(UserEmailChangeRequested.SecretPurpose, e.SealedConfirmationCode)), ("changedEmail", e.NewEmail));
        await Send(sender, new Notify(e.EventId, e.UserId, e.NewEmail, e.DisplayName, Categories.Security, "confirm-new-email", Model(),
            Secrets: Secret("link", link)), ct);
        // The current address is told by AccountSecurityChanged (email-change-requested), with where the request came from.
    }

    public static Task Handle(RegistrationAttemptedForExistingAccount e, ISender sender, CancellationToken ct) =>
        Send(sender, new Notify(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Security, "registration-attempted",
            Model(("when", When(e.OccurredAt)))), ct);

    public static Task Handle(EmailChangeToTakenAddressRequested e, ISender sender, CancellationToken ct) =>
        Send(sender, new Notify(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Security, "email-change-to-taken-address",
            Model(("when", When(e.OccurredAt)))), ct);

    public static Task Handle(PasswordResetRequested e, ISender sender, SecretSealer sealer, CancellationToken ct) =>
        Send(sender, new Notify(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Security, "password-reset", Model(),
            Secrets: Secret("code", sealer.Unseal(PasswordResetRequested.SecretPurpose, e.SealedResetCode))), ct);

    public static Task Handle(UserPasswordChanged e, ISender sender, SmartRoomOptions platform, CancellationToken ct) =>
        Send(sender, new Notify(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Security, "password-changed",
            Model(("how", e.ByReset ? "reset with an emailed code" : "changed"), ("when", When(e.OccurredAt)),
                ("ip", e.IpAddress ?? ""), ("browser", e.Browser ?? ""), ("os", e.OperatingSystem ?? ""), ("link", Links.To(platform.PublicBaseUrl, "/"))),
            "Password changed", $"Your password was {(e.ByReset ? "reset" : "changed")}; every session was signed out."), ct);

    /// <summary>A sensitive change (sudo mode): what, when and where from, and what to do if it was not the owner.</summary>
    public static Task Handle(AccountSecurityChanged e, ISender sender, SmartRoomOptions platform, CancellationToken ct)
    {
        var model = Model(("when", When(e.OccurredAt)), ("ip", e.IpAddress ?? "unknown"), ("browser", e.Browser), ("os", e.OperatingSystem),
            ("link", Links.To(platform.PublicBaseUrl, "/")));
        if (e.Change == AccountSecurityChanges.EmailChangeRequested)
        {
            model["new_email"] = e.Detail ?? "";
            return Send(sender, new Notify(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Security, "email-change-notice", model,
                "Email change requested", $"Your account will move to {e.Detail} once that address is confirmed."), ct);
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
        model["subject"] = $"SmartRoom: {subject}";
        model["what"] = what;
        return Send(sender, new Notify(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Security, "account-security-changed", model, subject, what), ct);
    }

    public static Task Handle(SignedInFromNewDevice e, ISender sender, CancellationToken ct) =>
        Send(sender, new Notify(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Security, "new-sign-in",
            Model(("when", When(e.OccurredAt)), ("browser", e.Browser), ("os", e.OperatingSystem), ("ip", e.IpAddress ?? "unknown")),
            "New sign-in", $"{e.Browser} on {e.OperatingSystem} from {e.IpAddress ?? "an unknown address"}."), ct);

    public static Task Handle(UserRolesChanged e, ISender sender, CancellationToken ct) =>
        Send(sender, new Notify(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Access, "roles-changed",
            Model(("roles", List(e.Roles)), ("added", List(e.Added)), ("removed", List(e.Removed))),
            "Your access changed", $"Your roles are now: {List(e.Roles)}."), ct);

    public static Task Handle(UserLocked e, ISender sender, CancellationToken ct) =>
        Send(sender, new Notify(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Access, "account-locked",
            Model(
                ("reason", e.ByAdmin ? "by an administrator" : "after too many failed sign-in attempts"),
                ("until", e.LockedUntil == DateTimeOffset.MaxValue ? "an administrator unlocks it" : When(e.LockedUntil)),
                ("advice", e.ByAdmin ? "Contact your SmartRoom administrator." : "If these attempts were not yours, reset your password once the lock ends.")),
            "Account locked", e.ByAdmin ? "An administrator locked your account." : "Too many failed sign-in attempts locked your account."), ct);

    public static Task Handle(UserUnlocked e, ISender sender, CancellationToken ct) =>
        Send(sender, new Notify(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Access, "account-unlocked", Model(),
            "Account unlocked", "An administrator unlocked your account."), ct);

    public static Task Handle(UserTwoFactorRequired e, ISender sender, CancellationToken ct) =>
        Send(sender, new Notify(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Access, "two-factor-required", Model(),
            "Two-factor sign-in required", "Set up an authenticator app at your next sign-in."), ct);

    public static Task Handle(UserProfileChanged e, ISender sender, CancellationToken ct) =>
        Send(sender, new Notify(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.AccountActivity, "profile-changed",
            Model(("zip", e.ZipCode ?? "")), "Profile updated", $"Display name \"{e.DisplayName}\", zip code \"{e.ZipCode}\"."), ct);

    private static async Task Send(ISender sender, Notify notify, CancellationToken ct) => await sender.Send(notify, ct);

    private static Dictionary<string, object?> Model(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    private static Dictionary<string, string> Secret(string key, string value) => new(StringComparer.Ordinal) { [key] = value };

    private static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string List(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);
}
