namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>support-access-ended</c>: A support request was denied or a grant revoked.</summary>
internal sealed record SupportAccessEndedEmail([property: Confidential] string Room, [property: Confidential] string Manager, string Outcome) : EmailModel;
