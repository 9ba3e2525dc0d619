using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.DeleteComment;

internal sealed class DeleteCommentHandler(CommentModeration moderation) : ICommandHandler<DeleteComment, Result<ModeratedCommentView>>
{
    public async ValueTask<Result<ModeratedCommentView>> Handle(DeleteComment command, CancellationToken cancellationToken) =>
        await moderation.DecideAsync(command.CommentId, CommentDecision.Delete, command.Reason, command.Version, cancellationToken);
}
