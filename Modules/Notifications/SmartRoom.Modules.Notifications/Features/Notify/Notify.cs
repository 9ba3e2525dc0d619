using SmartRoom.Modules.Notifications.IntegrationEvents;

namespace SmartRoom.Modules.Notifications.Features.Notify;

/// <summary>
/// Tells one person about one event, as one unit of work: the entry in their feed (when the notice has a feed
/// title) and the email, recorded in the delivery log for sending now (with its sealed content, its redacted
/// copy and, for optional categories, its unsubscribe link), kept for the daily summary, or skipped, as their
/// preference for the category says (essential categories always send now). The first delivery attempt is
/// scheduled by a <see cref="DeliverEmail"/> message that commits with it. Idempotent per event.
/// </summary>
internal sealed record Notify(NotifyRecipient Notice) : ICommand<Result<Done>>;
