namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary>One notice in a daily summary.</summary>
internal sealed record DigestLine(string Title, string Body);
