namespace SmartRoom.Modules.Notifications.Domain;

/// <summary><c>SmartRoom:Notifications:Marketing</c>: how announcements go out to a large audience.</summary>
internal sealed class MarketingOptions
{
    public const string Section = "SmartRoom:Notifications:Marketing";

    /// <summary>Recipients queued per batch (one commit each).</summary>
    public int AnnouncementBatchSize { get; set; } = 500;
}
