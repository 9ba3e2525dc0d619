using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ApproveComment;

internal sealed record ApproveCommentBody(int? Version);

/// <summary>Marketing approves a pending (or hidden) comment: it is published. A given <c>version</c> must be the comment's. (<see cref="CommentModeration"/>)</summary>
[RequiresUser]
internal sealed record ApproveComment(Guid CommentId, int? Version) : ICommand<Result<ModeratedCommentView>>;
