namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// Someone's request to remove a public post or comment about them (the policy's "request to remove one's content"):
/// the address they gave (<see cref="Url"/>) and what it named when the request came in (<see cref="TargetKind"/>,
/// <see cref="TargetId"/>, the comment's <see cref="PostId"/>), who asked (an account, or only an address), why, and by
/// when marketing decides (<see cref="DueAt"/>). Decided once: removed or kept, with marketing's written reason, who
/// and when. <see cref="Version"/> guards two decisions at once.
/// </summary>
internal sealed class RemovalRequest
{
    public Guid Id { get; init; }

    public required string Url { get; init; }

    /// <summary><see cref="ModerationTargets.Post"/> or <see cref="ModerationTargets.Comment"/>.</summary>
    public required string TargetKind { get; init; }

    public Guid TargetId { get; init; }

    /// <summary>The post, or the post the comment is on.</summary>
    public Guid PostId { get; init; }

    /// <summary>The requester's account when they were signed in; null for someone who gave only an address.</summary>
    public Guid? RequesterId { get; init; }

    public required string RequesterEmail { get; init; }

    public required string RequesterName { get; init; }

    public required string Reason { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset? DecidedAt { get; set; }

    public Guid? DecidedBy { get; set; }

    /// <summary>True: the content was taken down; false: kept. Null while open.</summary>
    public bool? Removed { get; set; }

    /// <summary>Marketing's written reason for the decision (sent to the requester when the content is kept).</summary>
    public string? DecisionReason { get; set; }

    public int Version { get; set; }

    public bool IsOpen => DecidedAt is null;
}
