using SmartRoom.Modules.Privacy.Contracts;
using SmartRoom.Modules.Privacy.Features.RecordPurgeCompleted;

namespace SmartRoom.Modules.Privacy.IntegrationEvents;

/// <summary>Wolverine adapter: a module's answer to a retention sweep is recorded on its run.</summary>
public static class RetentionMessagesHandler
{
    public static async Task Handle(PurgeCompleted message, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordPurgeCompleted(message.RunId, message.Category, message.Purged, message.Held, message.CompletedAt), ct);
}
