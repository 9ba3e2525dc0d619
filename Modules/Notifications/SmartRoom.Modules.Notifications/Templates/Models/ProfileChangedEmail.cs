namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>profile-changed</c>: The profile was updated.</summary>
internal sealed record ProfileChangedEmail(string Zip) : EmailModel;
