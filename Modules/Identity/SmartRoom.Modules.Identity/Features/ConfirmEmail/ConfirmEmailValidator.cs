namespace SmartRoom.Modules.Identity.Features.ConfirmEmail;

internal sealed class ConfirmEmailValidator : AbstractValidator<ConfirmEmail>
{
    public ConfirmEmailValidator()
    {
        RuleFor(x => x.UserId).NotEmpty();
        RuleFor(x => x.Code).NotEmpty().MaximumLength(4096);
        RuleFor(x => x.ChangedEmail).MaximumLength(256);
    }
}
