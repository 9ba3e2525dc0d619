using SmartRoom.Modules.Content.Domain;

namespace SmartRoom.Modules.Content.Views;

/// <summary>
/// A post as the public reads it: <see cref="Html"/> is the sanitised rendering of its Markdown; title, summary, author
/// and tag names are plain text (whoever shows them encodes them).
/// </summary>
internal sealed record PublicPostView(
    Guid Id, string Slug, string Title, string Summary, string Html, string AuthorName, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<PostTagView> Tags)
{
    public static PublicPostView From(Post post) => new(
        post.Id, post.Slug, post.Title, post.Summary, post.Html, post.AuthorName, post.PublishedAt, post.UpdatedAt,
        [.. post.Tags.OrderBy(t => t.Tag, StringComparer.Ordinal).Select(t => new PostTagView(t.Tag, t.Name))]);
}
