namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>password-reset</c>: The code that resets a forgotten password.</summary>
internal sealed record PasswordResetEmail([property: Secret] string Code) : EmailModel;
