namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary>
/// <c>policy-change-notice</c>: A material change of the privacy policy: which version, what changed, from when,
/// where to read it, and that it must be accepted to go on using SmartRoom from then on.
/// </summary>
internal sealed record PolicyChangeNoticeEmail(string Version, string Summary, string EffectiveOn, string PolicyUrl) : EmailModel;
