namespace SmartRoom.Modules.Content.Features.HideComment;

internal sealed class HideCommentValidator : AbstractValidator<HideComment>
{
    public HideCommentValidator()
    {
        RuleFor(x => x.Reason).PlainText(CommentText.MaxReason);
        RuleFor(x => x.Version).GreaterThan(0);
    }
}
