using SmartRoom.Modules.Privacy.Contracts;
using SmartRoom.Modules.Privacy.Features.SweepConsentRecords;

namespace SmartRoom.Modules.Privacy.IntegrationEvents;

/// <summary>Wolverine adapter: the retention job's sweep order, for the consent ledger's categories.</summary>
public static class ConsentSweepHandler
{
    public static async Task Handle(PurgeExpired message, ISender sender, CancellationToken ct) =>
        await sender.Send(new SweepConsentRecords(message.RunId, message.Category, message.OlderThan, message.Holds), ct);
}
