namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>A deal room. Closed rooms are read-only; archived rooms are visible to their managers only.</summary>
internal sealed class Room
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    public RoomStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid CreatedBy { get; init; }

    /// <summary>The terms (NDA) members must accept before opening any content; null when the room has none.</summary>
    public string? TermsText { get; set; }

    /// <summary>SHA-256 (hex) of <see cref="TermsText"/>'s UTF-8 bytes: what an acceptance is bound to.</summary>
    public string? TermsHash { get; set; }

    /// <summary>1, 2, 3… each time the text changes.</summary>
    public int TermsVersion { get; set; }

    public DateTimeOffset? TermsUpdatedAt { get; set; }

    /// <summary>CIDR ranges (one per line) non-managers must come from; empty for anywhere.</summary>
    public string IpAllowList { get; set; } = "";

    /// <summary>Stamp PDFs served by <c>content</c> too, not only by <c>view</c>.</summary>
    public bool WatermarkDownloads { get; set; }

    /// <summary>Draft → Active → Closed → Archived; a closed room may be reopened.</summary>
    public static bool CanMove(RoomStatus from, RoomStatus to) => (from, to) switch
    {
        (RoomStatus.Draft, RoomStatus.Active) => true,
        (RoomStatus.Active, RoomStatus.Closed) => true,
        (RoomStatus.Closed, RoomStatus.Active) => true,
        (RoomStatus.Closed, RoomStatus.Archived) => true,
        _ => false,
    };
}
