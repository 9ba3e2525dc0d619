using SmartRoom.Modules.Messaging.Contracts;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Messaging's copy of one membership, kept from DealRooms' events: room role, group, access expiry, removal.
/// <see cref="ChangedAt"/> is the time of the newest event applied; an older one changes nothing.
/// </summary>
internal sealed class MemberCopy
{
    public Guid RoomId { get; init; }

    public Guid UserId { get; init; }

    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>Manager, Contributor or Viewer (DealRooms' room roles).</summary>
    public string Role { get; set; } = MemberRoles.Viewer;

    public Guid? GroupId { get; set; }

    public DateTimeOffset? AccessExpiresAt { get; set; }

    public DateTimeOffset? RemovedAt { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>
    /// Bumped by every change: two events about the same row handled at once cannot both write what each read
    /// (the later save fails, and its message is retried against the newer row).
    /// </summary>
    public int Version { get; set; }

    public bool IsManager => Role == MemberRoles.Manager;

    /// <summary>Removal takes effect when its event is handled; expiry at the moment it passes.</summary>
    public bool IsActive(DateTimeOffset now) => RemovedAt is null && (AccessExpiresAt is null || AccessExpiresAt > now);

    /// <summary>The same rule as <see cref="IsActive"/>, for queries.</summary>
    public static System.Linq.Expressions.Expression<Func<MemberCopy, bool>> ActiveAt(DateTimeOffset now) =>
        m => m.RemovedAt == null && (m.AccessExpiresAt == null || m.AccessExpiresAt > now);

    public Recipient ToRecipient() => new(UserId, Email, DisplayName);
}
