namespace SmartRoom.Modules.Content.Features.BanCommenter;

internal sealed class BanCommenterValidator : AbstractValidator<BanCommenter>
{
    public BanCommenterValidator(TimeProvider clock)
    {
        RuleFor(x => x.UserId).NotEqual(Guid.Empty);
        RuleFor(x => x.Reason).PlainText(CommentText.MaxReason);
        RuleFor(x => x.Until).Must(u => u is null || u > clock.GetUtcNow()).WithMessage("'Until' must be in the future.");
    }
}
