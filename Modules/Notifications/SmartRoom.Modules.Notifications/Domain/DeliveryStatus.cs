namespace SmartRoom.Modules.Notifications.Domain;

internal enum DeliveryStatus
{
    /// <summary>Waiting for its first or next attempt (<see cref="EmailDelivery.NextAttemptAt"/>).</summary>
    Queued,
    Sent,
    /// <summary>Gave up: the last attempt failed or the address hard-failed. Kept and visible until retention removes it with the rest of the log.</summary>
    Failed,
}
