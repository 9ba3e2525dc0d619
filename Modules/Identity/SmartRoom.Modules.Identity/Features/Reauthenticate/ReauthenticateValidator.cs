namespace SmartRoom.Modules.Identity.Features.Reauthenticate;

internal sealed class ReauthenticateValidator : AbstractValidator<Reauthenticate>
{
    public ReauthenticateValidator()
    {
        RuleFor(x => x.Password).MaximumLength(1024);
        RuleFor(x => x.TwoFactorCode).MaximumLength(20);
        RuleFor(x => x.TwoFactorRecoveryCode).MaximumLength(50);
    }
}
