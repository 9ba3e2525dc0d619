using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.CreatePost;

/// <summary>
/// Marketing writes a new post, a Draft. Its slug is <paramref name="Slug"/> when given (409 <c>slug-taken</c> when a
/// post has or once had it), else made from the title (with <c>-2</c>, <c>-3</c>, … when taken). The author is the caller.
/// </summary>
[RequiresUser]
internal sealed record CreatePost(string Title, string Summary, string Markdown, IReadOnlyList<string>? Tags, string? Slug)
    : ICommand<Result<PostEditorView>>;

internal sealed record CreatePostBody(string? Title, string? Summary, string? Markdown, IReadOnlyList<string>? Tags, string? Slug);
