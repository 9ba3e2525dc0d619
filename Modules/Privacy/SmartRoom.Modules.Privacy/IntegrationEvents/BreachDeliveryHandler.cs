using SmartRoom.Modules.Notifications.Contracts;
using SmartRoom.Modules.Privacy.Features.RecordBreachDelivery;

namespace SmartRoom.Modules.Privacy.IntegrationEvents;

/// <summary>Wolverine adapter: Notifications' reports on legal emails keep the breach notices' delivery state.</summary>
public static class BreachDeliveryHandler
{
    public static async Task Handle(EmailDeliveryReported e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordBreachDelivery(e.SourceEventId, e.Outcome, e.Reason, e.OccurredAt), ct);
}
