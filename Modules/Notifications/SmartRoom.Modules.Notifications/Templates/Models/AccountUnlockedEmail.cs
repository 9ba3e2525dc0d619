namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>account-unlocked</c>: An administrator unlocked the account.</summary>
internal sealed record AccountUnlockedEmail : EmailModel;
