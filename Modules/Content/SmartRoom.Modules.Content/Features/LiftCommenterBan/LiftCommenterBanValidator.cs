namespace SmartRoom.Modules.Content.Features.LiftCommenterBan;

internal sealed class LiftCommenterBanValidator : AbstractValidator<LiftCommenterBan>
{
    public LiftCommenterBanValidator()
    {
        RuleFor(x => x.Reason).PlainText(CommentText.MaxReason);
    }
}
