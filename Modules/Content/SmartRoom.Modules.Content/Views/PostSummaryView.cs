namespace SmartRoom.Modules.Content.Views;

/// <summary>A public post in a list: where it is, its title, plain-text summary, author, publication time and tags.</summary>
internal sealed record PostSummaryView(string Slug, string Title, string Summary, string AuthorName, DateTimeOffset PublishedAt, IReadOnlyList<TagView> Tags);
