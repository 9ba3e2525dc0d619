namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// A signed-in person's comment on a post, plain text (never rendered as HTML). A first comment or one with a link
/// waits as Pending for marketing; others publish at once and can be reported. <see cref="AddressHash"/> is a keyed
/// hash of the client address (for per-address limits), never the address; <see cref="BodyHash"/> finds duplicates.
/// </summary>
internal sealed class Comment
{
    public Guid Id { get; init; }

    public Guid PostId { get; init; }

    public Guid AuthorId { get; init; }

    public required string AuthorName { get; set; }

    public required string Body { get; set; }

    public required string BodyHash { get; init; }

    public int LinkCount { get; init; }

    public CommentStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PublishedAt { get; set; }

    public required string AddressHash { get; init; }

    public int ReportCount { get; set; }

    public string? ModerationReason { get; set; }

    public DateTimeOffset? ModeratedAt { get; set; }

    public int Version { get; set; }
}
