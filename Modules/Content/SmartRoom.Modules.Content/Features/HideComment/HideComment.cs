using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.HideComment;

internal sealed record HideCommentBody(string? Reason, int? Version);

/// <summary>Marketing hides a pending or published comment from the public, with a reason the author sees. A given <c>version</c> must be the comment's. (<see cref="CommentModeration"/>)</summary>
[RequiresUser]
internal sealed record HideComment(Guid CommentId, string? Reason, int? Version) : ICommand<Result<ModeratedCommentView>>;
