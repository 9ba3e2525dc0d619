namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>password-changed</c>: The password was changed or reset.</summary>
internal sealed record PasswordChangedEmail(string How, string When, string Ip, string Browser, string Os, string Link) : EmailModel;
