namespace SmartRoom.Modules.DealRooms.Views;

/// <summary>
/// One room as the caller may see it. <see cref="RecordingNotice"/> tells every member what the room
/// records about them; <see cref="IpAllowList"/> is shown to managers only.
/// </summary>
internal sealed record RoomDetails(
    Guid Id,
    string Name,
    string Description,
    RoomStatus Status,
    string MyRole,
    DateTimeOffset CreatedAt,
    RoomTermsState? Terms,
    string RecordingNotice,
    bool WatermarkDownloads,
    bool IpRestricted,
    IReadOnlyList<string>? IpAllowList,
    DateTimeOffset? SupportAccessUntil);
