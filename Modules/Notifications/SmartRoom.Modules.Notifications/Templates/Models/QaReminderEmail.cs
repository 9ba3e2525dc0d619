namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary>
/// <c>qa-reminder</c>: A question's due date is near (to its assignee) or past (to the room's managers).
/// <see cref="Overdue"/> says which. Number and category only.
/// </summary>
internal sealed record QaReminderEmail(
    [property: Confidential] string Room, string Number, [property: Confidential] string Category, string Due, bool Overdue, string RoomId, string QuestionId) : EmailModel;
