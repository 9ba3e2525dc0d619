namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>faq-published</c>: An answered question was published as an FAQ to the recipient's group. Number and category only, never who asked.</summary>
internal sealed record FaqPublishedEmail(
    [property: Confidential] string Room, string Number, [property: Confidential] string Category, string RoomId, string QuestionId) : EmailModel;
