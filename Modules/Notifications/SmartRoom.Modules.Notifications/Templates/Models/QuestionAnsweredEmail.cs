namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>question-answered</c>: A question of the recipient's group has an approved answer. Number and category only.</summary>
internal sealed record QuestionAnsweredEmail(
    [property: Confidential] string Room, string Number, [property: Confidential] string Category, string RoomId, string QuestionId) : EmailModel;
