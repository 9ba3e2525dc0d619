using SmartRoom.Modules.Privacy.Contracts;
using SmartRoom.Modules.Privacy.Features.PurgeExpiredData;
using SmartRoom.Modules.Privacy.Features.RecordPurgeCompleted;

namespace SmartRoom.Modules.Privacy.IntegrationEvents;

/// <summary>
/// Wolverine adapter: a module's answer to a retention sweep is recorded on its run; a sweep of one of Privacy's own
/// categories is answered like any module's.
/// </summary>
public static class RetentionMessagesHandler
{
    public static async Task Handle(PurgeExpired message, ISender sender, CancellationToken ct) =>
        await sender.Send(new PurgeExpiredData(message.RunId, message.Category, message.OlderThan), ct);

    public static async Task Handle(PurgeCompleted message, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordPurgeCompleted(message.RunId, message.Category, message.Purged, message.Held, message.CompletedAt), ct);
}
