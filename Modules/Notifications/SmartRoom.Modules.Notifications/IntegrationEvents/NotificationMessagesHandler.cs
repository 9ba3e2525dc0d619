using SmartRoom.Modules.Notifications.Features.AttemptDelivery;
using SmartRoom.Modules.Notifications.Features.Notify;

namespace SmartRoom.Modules.Notifications.IntegrationEvents;

/// <summary>Wolverine adapter for the module's own durable messages: each hands over to its slice.</summary>
public static class NotificationMessagesHandler
{
    public static async Task Handle(NotifyRecipient message, ISender sender, CancellationToken ct) =>
        await sender.Send(new Notify(message), ct);

    public static async Task Handle(DeliverEmail message, ISender sender, CancellationToken ct) =>
        await sender.Send(new AttemptDelivery(message.DeliveryId), ct);
}
