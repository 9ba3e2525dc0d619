namespace SmartRoom.Modules.Notifications.Domain;

/// <summary>A notice in the recipient's in-app feed.</summary>
internal sealed class InAppNotification
{
    public Guid Id { get; init; }

    /// <summary>event × recipient × template: a redelivered event adds nothing.</summary>
    public required string DeduplicationKey { get; init; }

    public Guid UserId { get; init; }

    public required string Category { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ReadAt { get; set; }
}
