using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.UpdatePost;

/// <summary>
/// Marketing changes a post in any status, from the <paramref name="Version"/> they read (409 <c>version-conflict</c>
/// when it moved on). A title change keeps the slug; a new <paramref name="Slug"/> retires the current one, which then
/// answers 301 to the new one; going back to one of the post's own old slugs takes it out of the old ones. Nothing
/// changes (not even <c>UpdatedAt</c>) when nothing differs.
/// </summary>
internal sealed record UpdatePost(Guid PostId, string Title, string Summary, string Markdown, IReadOnlyList<string>? Tags, string? Slug, int Version)
    : ICommand<Result<PostEditorView>>;

internal sealed record UpdatePostBody(string? Title, string? Summary, string? Markdown, IReadOnlyList<string>? Tags, string? Slug, int? Version);
