namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary>
/// <c>conversation-message</c>: Someone wrote in a conversation of a room the recipient takes part in. Says who and
/// where, links to the conversation; never its subject or text (the event carries neither).
/// </summary>
internal sealed record ConversationMessageEmail(
    [property: Confidential] string Room, [property: Confidential] string Sender, string What, string RoomId, string ConversationId) : EmailModel;
