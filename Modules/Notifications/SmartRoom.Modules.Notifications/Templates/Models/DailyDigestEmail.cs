namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary><c>daily-digest</c>: The daily summary: one line per notice kept for it.</summary>
internal sealed record DailyDigestEmail(IReadOnlyList<DigestLine> Items) : EmailModel;
