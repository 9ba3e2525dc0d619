using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.DeleteComment;

internal sealed record DeleteCommentBody(string? Reason, int? Version);

/// <summary>Marketing deletes a comment, with a reason: its text is wiped (its keyed hash stays for duplicate detection). A given <c>version</c> must be the comment's. (<see cref="CommentModeration"/>)</summary>
[RequiresUser]
internal sealed record DeleteComment(Guid CommentId, string? Reason, int? Version) : ICommand<Result<ModeratedCommentView>>;
