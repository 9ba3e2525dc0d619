using SmartRoom.Modules.Notifications.Features.RecordMarketingConsent;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Notifications.IntegrationEvents;

/// <summary>Wolverine adapter: Privacy's consent changes keep Notifications' copy of the marketing audience current.</summary>
public static class ConsentEventsHandler
{
    public static async Task Handle(ConsentChanged e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordMarketingConsent(e.UserId, e.Purpose, e.Granted, e.OccurredAt, e.Email, e.DisplayName), ct);
}
