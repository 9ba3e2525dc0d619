using System.Globalization;
using SmartRoom.Modules.Privacy.Contracts;
using SmartRoom.Modules.Notifications.Templates.Models;

namespace SmartRoom.Modules.Notifications.IntegrationEvents;

/// <summary>
/// Wolverine adapter: Privacy's notice of a material policy change becomes one <see cref="NotifyRecipient"/> in the
/// <c>legal</c> category (essential: sent whatever the preferences). Its outcome is reported back by the delivery.
/// </summary>
public static class PolicyChangeNoticesHandler
{
    public static NotifyRecipient Handle(PolicyChangeNoticeIssued e) =>
        Notices.To(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Legal,
            new PolicyChangeNoticeEmail(e.Version.ToString(CultureInfo.InvariantCulture), e.Summary, Notices.When(e.EffectiveAt), e.PolicyUrl),
            "Privacy policy changes", $"Version {e.Version.ToString(CultureInfo.InvariantCulture)} takes effect on {Notices.When(e.EffectiveAt)}.");
}
