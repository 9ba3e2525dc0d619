using SmartRoom.Modules.Identity.Features.PurgeExpiredData;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Identity.IntegrationEvents;

/// <summary>Wolverine adapter: Privacy's retention job orders a sweep; Identity sweeps its own categories.</summary>
public static class RetentionEventsHandler
{
    public static async Task Handle(PurgeExpired message, ISender sender, CancellationToken ct) =>
        await sender.Send(new PurgeExpiredData(message.RunId, message.Category, message.OlderThan, message.Holds), ct);
}
