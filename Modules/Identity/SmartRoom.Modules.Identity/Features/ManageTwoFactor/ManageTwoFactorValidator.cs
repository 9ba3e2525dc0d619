namespace SmartRoom.Modules.Identity.Features.ManageTwoFactor;

internal sealed class ManageTwoFactorValidator : AbstractValidator<ManageTwoFactor>
{
    public ManageTwoFactorValidator() => RuleFor(x => x.TwoFactorCode).MaximumLength(20);
}
