namespace SmartRoom.Modules.Identity.Features.Login;

internal sealed class LoginValidator : AbstractValidator<Login>
{
    public LoginValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(1024);
        RuleFor(x => x.TwoFactorCode).MaximumLength(20);
        RuleFor(x => x.TwoFactorRecoveryCode).MaximumLength(50);
    }
}
