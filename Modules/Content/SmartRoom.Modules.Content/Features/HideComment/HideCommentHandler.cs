using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.HideComment;

internal sealed class HideCommentHandler(CommentModeration moderation) : ICommandHandler<HideComment, Result<ModeratedCommentView>>
{
    public async ValueTask<Result<ModeratedCommentView>> Handle(HideComment command, CancellationToken cancellationToken) =>
        await moderation.DecideAsync(command.CommentId, CommentDecision.Hide, command.Reason, command.Version, cancellationToken);
}
