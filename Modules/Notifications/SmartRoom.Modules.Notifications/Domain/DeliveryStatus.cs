namespace SmartRoom.Modules.Notifications.Domain;

internal enum DeliveryStatus
{
    /// <summary>Waiting for its first or next attempt (<see cref="EmailDelivery.NextAttemptAt"/>).</summary>
    Queued,
    Sent,
    /// <summary>Gave up: the last attempt failed or the address hard-failed. Kept, visible, never deleted.</summary>
    Failed,
}
