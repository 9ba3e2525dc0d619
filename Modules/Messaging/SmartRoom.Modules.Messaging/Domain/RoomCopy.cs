using SmartRoom.Modules.DealRooms.Contracts;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Messaging's copy of a deal room, kept from DealRooms' events (never read from its tables): name, status and
/// the networks its members are admitted from. Each group of facts changes only when an event is newer than the
/// one that last set it, so replays and out-of-order deliveries leave the newest facts in place.
/// </summary>
internal sealed class RoomCopy
{
    public Guid Id { get; init; }

    public string Name { get; set; } = "";

    public DateTimeOffset NameUpdatedAt { get; set; }

    /// <summary>One of DealRooms' <c>RoomStatusNames</c>: Draft, Active, Closed, Archived.</summary>
    public string Status { get; set; } = RoomStatusNames.Draft;

    public DateTimeOffset StatusUpdatedAt { get; set; }

    /// <summary>When the room was last closed (for retention); null while it is open.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>CIDR ranges, one per line; empty admits every address. Managers are admitted from anywhere.</summary>
    public string IpAllowList { get; set; } = "";

    public DateTimeOffset IpAllowListUpdatedAt { get; set; }

    /// <summary>
    /// Bumped by every change: two events about the same row handled at once cannot both write what each read
    /// (the later save fails, and its message is retried against the newer row).
    /// </summary>
    public int Version { get; set; }

    public bool IsArchived => Status == RoomStatusNames.Archived;

    /// <summary>Closed and archived rooms are read-only: nothing is posted, asked or answered in them.</summary>
    public bool IsReadOnly => Status is RoomStatusNames.Closed or RoomStatusNames.Archived;
}
