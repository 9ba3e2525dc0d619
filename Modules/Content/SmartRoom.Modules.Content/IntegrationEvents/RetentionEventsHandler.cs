using SmartRoom.Modules.Content.Features.PurgeExpiredData;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Content.IntegrationEvents;

/// <summary>Wolverine adapter: Privacy's retention job orders a sweep; Content sweeps its own categories.</summary>
public static class RetentionEventsHandler
{
    public static async Task Handle(PurgeExpired message, ISender sender, CancellationToken ct) =>
        await sender.Send(new PurgeExpiredData(message.RunId, message.Category, message.OlderThan, message.Holds), ct);
}
