namespace SmartRoom.Modules.Content.Views;

/// <summary>A public post in a list. Title, summary, author and tag names are plain text: whoever shows them encodes them.</summary>
internal sealed record PostSummaryView(
    string Slug, string Title, string Summary, string AuthorName, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt, IReadOnlyList<PostTagView> Tags);
