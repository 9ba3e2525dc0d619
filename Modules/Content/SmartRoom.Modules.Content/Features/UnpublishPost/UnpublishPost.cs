using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.UnpublishPost;

/// <summary>Marketing takes a Published post down, or calls a Scheduled one off: it becomes Unpublished and the public gets 404.</summary>
internal sealed record UnpublishPost(Guid PostId) : ICommand<Result<PostEditorView>>;
