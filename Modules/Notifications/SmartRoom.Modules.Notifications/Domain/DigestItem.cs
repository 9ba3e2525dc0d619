namespace SmartRoom.Modules.Notifications.Domain;

/// <summary>A notice waiting for the recipient's daily summary.</summary>
internal sealed class DigestItem
{
    public Guid Id { get; init; }

    public required string DeduplicationKey { get; init; }

    public Guid UserId { get; init; }

    public required string Email { get; init; }

    public required string DisplayName { get; init; }

    public required string Category { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SentAt { get; set; }
}
