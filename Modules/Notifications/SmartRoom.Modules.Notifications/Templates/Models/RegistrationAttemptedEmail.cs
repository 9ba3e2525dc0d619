namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>registration-attempted</c>: Someone tried to register again with this address.</summary>
internal sealed record RegistrationAttemptedEmail(string When) : EmailModel;
