using SmartRoom.Modules.Notifications.Features.PurgeExpiredData;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Notifications.IntegrationEvents;

/// <summary>Wolverine adapter: Privacy's retention job orders a sweep; Notifications sweeps its own categories.</summary>
public static class RetentionEventsHandler
{
    public static async Task Handle(PurgeExpired message, ISender sender, CancellationToken ct) =>
        await sender.Send(new PurgeExpiredData(message.RunId, message.Category, message.OlderThan, message.Holds), ct);
}
