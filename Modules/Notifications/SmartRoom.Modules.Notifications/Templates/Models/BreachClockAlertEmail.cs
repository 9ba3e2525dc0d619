namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary>
/// <c>breach-clock-alert</c>: a breach's 72 hours to notify the supervisory authority are running out (or are over),
/// for the privacy team: the breach's reference, the threshold passed, hours left, the deadline and a link.
/// </summary>
internal sealed record BreachClockAlertEmail(string Reference, string Threshold, string HoursLeft, string SaDueAt, bool Overdue, string Link) : EmailModel;
