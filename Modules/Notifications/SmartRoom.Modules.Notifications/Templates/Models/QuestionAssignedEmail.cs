namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>question-assigned</c>: A question was given to the recipient to answer, by a due date. Number and category only.</summary>
internal sealed record QuestionAssignedEmail(
    [property: Confidential] string Room, string Number, [property: Confidential] string Category, string Due, string RoomId, string QuestionId) : EmailModel;
