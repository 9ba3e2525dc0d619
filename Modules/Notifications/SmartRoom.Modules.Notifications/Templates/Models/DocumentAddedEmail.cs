namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>document-added</c>: A document or a new version of it arrived in a room the recipient may open it in.</summary>
internal sealed record DocumentAddedEmail([property: Confidential] string Room, [property: Confidential] string Document, [property: Confidential] string Index, string What) : EmailModel;
