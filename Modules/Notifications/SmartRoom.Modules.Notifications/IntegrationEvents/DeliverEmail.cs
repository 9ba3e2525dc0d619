using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Notifications.IntegrationEvents;

/// <summary>Make the first attempt at a delivery recorded in the delivery log; sent by the unit of work that recorded it.</summary>
[MessageIdentity("notifications.deliver-email.v1")]
public sealed record DeliverEmail(Guid DeliveryId);
