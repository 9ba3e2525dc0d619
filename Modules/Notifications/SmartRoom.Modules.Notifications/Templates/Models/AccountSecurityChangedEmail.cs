namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>account-security-changed</c>: A sensitive account change (sudo mode): what, when and where from.</summary>
internal sealed record AccountSecurityChangedEmail(string Subject, string What, string When, string Ip, string Browser, string Os, string Link) : EmailModel;
