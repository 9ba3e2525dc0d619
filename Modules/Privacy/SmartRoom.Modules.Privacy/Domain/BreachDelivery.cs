namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>Where a breach notice to one person stands.</summary>
internal static class BreachDelivery
{
    /// <summary>Selected, not told yet.</summary>
    public const string NotNotified = "not-notified";

    /// <summary>Handed to Notifications; no final outcome reported yet.</summary>
    public const string Queued = "queued";

    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Unreachable = "unreachable";
}
