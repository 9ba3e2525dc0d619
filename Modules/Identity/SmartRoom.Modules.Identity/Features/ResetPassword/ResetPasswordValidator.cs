namespace SmartRoom.Modules.Identity.Features.ResetPassword;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256);
        RuleFor(x => x.ResetCode).NotEmpty().MaximumLength(4096);
        RuleFor(x => x.NewPassword).NotEmpty().MaximumLength(1024);
    }
}
