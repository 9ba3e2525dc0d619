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
        await Send(sender, new Notify(e.EventId, e.UserId, e.CurrentEmail, e.DisplayName, Categories.Security, "email-change-notice",
            Model(("new_email", e.NewEmail)), "Email change requested", $"Your account will move to {e.NewEmail} once that address is confirmed."), ct);
    }

    public static Task Handle(RegistrationAttemptedForExistingAccount e, ISender sender, CancellationToken ct) =>
        Send(sender, new Notify(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Security, "registration-attempted",
            Model(("when", When(e.OccurredAt)))), ct);

    public static Task Handle(PasswordResetRequested e, ISender sender, SecretSealer sealer, CancellationToken ct) =>
        Send(sender, new Notify(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Security, "password-reset", Model(),
            Secrets: Secret("code", sealer.Unseal(PasswordResetRequested.SecretPurpose, e.SealedResetCode))), ct);

    public static Task Handle(UserPasswordChanged e, ISender sender, CancellationToken ct) =>
        Send(sender, new Notify(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Security, "password-changed",
            Model(("how", e.ByReset ? "reset with an emailed code" : "changed"), ("when", When(e.OccurredAt))),
            "Password changed", $"Your password was {(e.ByReset ? "reset" : "changed")}; every session was signed out."), ct);

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
