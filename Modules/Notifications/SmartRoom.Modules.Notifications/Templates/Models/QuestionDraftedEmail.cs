namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>question-drafted</c>: An answer was drafted and awaits a manager's approval. Number and category only.</summary>
internal sealed record QuestionDraftedEmail(
    [property: Confidential] string Room, string Number, [property: Confidential] string Category, string RoomId, string QuestionId) : EmailModel;
