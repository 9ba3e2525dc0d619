namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>email-change-notice</c>: Tells the current address that a move to another one was asked for.</summary>
internal sealed record EmailChangeNoticeEmail(string When, string Ip, string Browser, string Os, string Link, string NewEmail) : EmailModel;
