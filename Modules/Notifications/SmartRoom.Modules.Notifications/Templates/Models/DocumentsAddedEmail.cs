namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>documents-added</c>: Documents arrived in a room the recipient cannot open them in yet: never which.</summary>
internal sealed record DocumentsAddedEmail([property: Confidential] string Room) : EmailModel;
