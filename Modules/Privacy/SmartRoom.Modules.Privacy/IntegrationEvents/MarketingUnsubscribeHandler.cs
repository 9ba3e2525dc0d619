using SmartRoom.Modules.Notifications.Contracts;
using SmartRoom.Modules.Privacy.Features.RecordUnsubscribe;

namespace SmartRoom.Modules.Privacy.IntegrationEvents;

/// <summary>Wolverine adapter: the unsubscribe link of a marketing email becomes a withdrawal in the consent ledger.</summary>
public static class MarketingUnsubscribeHandler
{
    public static async Task Handle(MarketingEmailUnsubscribed e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordUnsubscribe(e.EventId, e.OccurredAt, e.UserId), ct);
}
