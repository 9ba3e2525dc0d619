using SmartRoom.Modules.Notifications.Features.AnnounceToBatch;

namespace SmartRoom.Modules.Notifications.IntegrationEvents;

/// <summary>Wolverine adapter for the announcement's own durable messages: each hands over to its slice.</summary>
public static class MarketingMessagesHandler
{
    public static async Task Handle(AnnounceToNextBatch message, ISender sender, CancellationToken ct) =>
        await sender.Send(new AnnounceToBatch(message.AnnouncementId, message.Subject, message.Body, message.After), ct);
}
