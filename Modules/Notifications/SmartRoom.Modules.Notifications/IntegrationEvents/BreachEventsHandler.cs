using System.Globalization;
using SmartRoom.Modules.Notifications.Templates.Models;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Notifications.IntegrationEvents;

/// <summary>
/// Wolverine adapter: Privacy's breach events, one per recipient, become legal notices — a category nobody can
/// switch off. Email only: some recipients (configured team addresses) have no account and no feed.
/// </summary>
public static class BreachEventsHandler
{
    public static NotifyRecipient Handle(BreachClockAlertRaised e) =>
        Notices.To(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Legal,
            new BreachClockAlertEmail(e.Reference, e.ThresholdHours.ToString(CultureInfo.InvariantCulture),
                Math.Max(e.HoursLeft, 0).ToString(CultureInfo.InvariantCulture), Notices.When(e.SaDueAt), e.ThresholdHours >= 72 || e.HoursLeft <= 0, e.Link));

    public static NotifyRecipient Handle(BreachNoticeIssued e) =>
        Notices.To(e.EventId, e.UserId, e.Email, e.DisplayName, Categories.Legal,
            new BreachNoticeEmail(e.Reference, e.Kind == BreachNoticeIssued.Controller, e.Message, e.Nature, e.Categories, e.Consequences,
                e.Measures, e.DpoContact));
}
