namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>removal-request-reminder</c>: to marketing staff, a removal request is due soon or (<see cref="Overdue"/>) past its deadline.</summary>
internal sealed record RemovalRequestReminderEmail([property: Confidential] string Url, string Due, bool Overdue, string RequestId) : EmailModel;
