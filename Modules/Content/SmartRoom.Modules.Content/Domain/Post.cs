namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// A blog post written in Markdown by marketing staff. <see cref="Html"/> is the Markdown rendered and sanitised when
/// the post is saved, so no page or feed ever renders unsanitised text. <see cref="Slug"/> is its address; a title
/// change keeps it, and an old slug (<see cref="PostSlug"/>) answers 301 to the current one. A post is public only
/// while <see cref="Status"/> is Published; a Scheduled post is published by the <c>content:publish-scheduled</c>
/// job at <see cref="PublishAt"/>, exactly once. <see cref="Version"/> guards concurrent edits.
/// </summary>
internal sealed class Post
{
    public Guid Id { get; init; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    /// <summary>A plain-text summary for lists, feeds and the page's description.</summary>
    public required string Summary { get; set; }

    public PostStatus Status { get; set; }

    public DateTimeOffset? PublishAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public Guid AuthorId { get; init; }

    public required string AuthorName { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    // The long texts last: a list or a feed that reads the dates need not step over them (SQLite keeps a row's
    // columns in this order and spills long ones into overflow pages).
    public required string Markdown { get; set; }

    public required string Html { get; set; }

    public List<PostTag> Tags { get; init; } = [];
}
