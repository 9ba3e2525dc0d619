namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>question-declined</c>: The recipient's question was declined; the reason is read in the room, not in the email.</summary>
internal sealed record QuestionDeclinedEmail(
    [property: Confidential] string Room, string Number, [property: Confidential] string Category, string RoomId, string QuestionId) : EmailModel;
