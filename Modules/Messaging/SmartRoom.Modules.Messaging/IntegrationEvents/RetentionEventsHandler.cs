using SmartRoom.Modules.Messaging.Features.PurgeExpiredData;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Messaging.IntegrationEvents;

/// <summary>Wolverine adapter: Privacy's retention job orders a sweep; Messaging sweeps its own categories.</summary>
public static class RetentionEventsHandler
{
    public static async Task Handle(PurgeExpired message, ISender sender, CancellationToken ct) =>
        await sender.Send(new PurgeExpiredData(message.RunId, message.Category, message.OlderThan, message.Holds), ct);
}
