namespace SmartRoom.Modules.Content.Features.ApproveComment;

internal sealed class ApproveCommentValidator : AbstractValidator<ApproveComment>
{
    public ApproveCommentValidator()
    {
        RuleFor(x => x.Version).GreaterThan(0);
    }
}
