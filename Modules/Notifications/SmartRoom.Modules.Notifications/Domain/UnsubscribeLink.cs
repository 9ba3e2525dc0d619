namespace SmartRoom.Modules.Notifications.Domain;

/// <summary>A one-click unsubscribe link: single use, for one recipient and one category.</summary>
internal sealed class UnsubscribeLink
{
    public Guid Id { get; init; }

    /// <summary>SHA-256 of the token in the link; the token itself is never stored.</summary>
    public required string TokenHash { get; init; }

    public Guid UserId { get; init; }

    public required string Category { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? UsedAt { get; set; }
}
