using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetPost;

/// <summary>Marketing: one post in any status, with its Markdown, rendered HTML, status, schedule and version.</summary>
internal sealed record GetPost(Guid PostId) : IQuery<Result<PostEditorView>>;
