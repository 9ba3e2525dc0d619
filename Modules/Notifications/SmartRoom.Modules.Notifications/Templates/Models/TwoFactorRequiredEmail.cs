namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>two-factor-required</c>: Two-factor sign-in is now required for the account.</summary>
internal sealed record TwoFactorRequiredEmail : EmailModel;
