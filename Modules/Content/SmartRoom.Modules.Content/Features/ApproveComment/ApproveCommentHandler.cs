using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ApproveComment;

internal sealed class ApproveCommentHandler(CommentModeration moderation) : ICommandHandler<ApproveComment, Result<ModeratedCommentView>>
{
    public async ValueTask<Result<ModeratedCommentView>> Handle(ApproveComment command, CancellationToken cancellationToken) =>
        await moderation.DecideAsync(command.CommentId, CommentDecision.Approve, null, command.Version, cancellationToken);
}
