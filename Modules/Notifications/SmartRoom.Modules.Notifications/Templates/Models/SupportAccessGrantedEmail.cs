namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>support-access-granted</c>: Support staff may enter a room until a given time.</summary>
internal sealed record SupportAccessGrantedEmail([property: Confidential] string Room, [property: Confidential] string Manager, string Expires, string Scope) : EmailModel;
