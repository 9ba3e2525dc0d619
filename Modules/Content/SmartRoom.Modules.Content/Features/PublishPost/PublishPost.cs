using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.PublishPost;

/// <summary>
/// Marketing publishes a post (Draft, Scheduled or Unpublished): with no <paramref name="PublishAt"/>, or one not in the
/// future, it is Published now and announced (<c>PostPublished</c>); with a future one it is Scheduled, and the
/// <c>content:publish-scheduled</c> job publishes it then. A post already published answers 409.
/// </summary>
internal sealed record PublishPost(Guid PostId, DateTimeOffset? PublishAt) : ICommand<Result<PostEditorView>>;

internal sealed record PublishPostBody(DateTimeOffset? PublishAt);
