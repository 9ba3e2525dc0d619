using SmartRoom.Modules.Content.Domain;

namespace SmartRoom.Modules.Content.Views;

/// <summary>A post as marketing edits it: the Markdown and its rendered HTML, status, schedule, and the version to send back with a change.</summary>
internal sealed record PostEditorView(
    Guid Id, string Slug, string Title, string Summary, string Markdown, string Html, PostStatus Status, int Version,
    DateTimeOffset? PublishAt, DateTimeOffset? PublishedAt, Guid AuthorId, string AuthorName, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<PostTagView> Tags, IReadOnlyList<string> OldSlugs)
{
    public static PostEditorView From(Post post, IReadOnlyList<string> oldSlugs) => new(
        post.Id, post.Slug, post.Title, post.Summary, post.Markdown, post.Html, post.Status, post.Version, post.PublishAt, post.PublishedAt,
        post.AuthorId, post.AuthorName, post.CreatedAt, post.UpdatedAt,
        [.. post.Tags.OrderBy(t => t.Tag, StringComparer.Ordinal).Select(t => new PostTagView(t.Tag, t.Name))], oldSlugs);
}
