namespace SmartRoom.Modules.Content.Features.DeleteComment;

internal sealed class DeleteCommentValidator : AbstractValidator<DeleteComment>
{
    public DeleteCommentValidator()
    {
        RuleFor(x => x.Reason).PlainText(CommentText.MaxReason);
        RuleFor(x => x.Version).GreaterThan(0);
    }
}
