namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>announcement</c>: A marketing announcement, written by marketing staff as plain text.</summary>
internal sealed record AnnouncementEmail(string Subject, string Body) : EmailModel;
