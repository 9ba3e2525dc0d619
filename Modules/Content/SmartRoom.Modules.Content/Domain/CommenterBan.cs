namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// An account marketing has banned from commenting (and reporting), with the reason it is told; in force until
/// <see cref="Until"/> (for good when null) or until lifted (the row is removed; the moderation record keeps the history).
/// </summary>
internal sealed class CommenterBan
{
    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    public required string Reason { get; set; }

    public DateTimeOffset BannedAt { get; set; }

    public DateTimeOffset? Until { get; set; }

    public Guid BannedBy { get; set; }

    public int Version { get; set; }

    public bool InForceAt(DateTimeOffset now) => Until is null || Until > now;
}
