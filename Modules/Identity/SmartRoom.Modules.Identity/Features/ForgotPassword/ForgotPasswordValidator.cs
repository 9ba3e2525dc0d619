namespace SmartRoom.Modules.Identity.Features.ForgotPassword;

internal sealed class ForgotPasswordValidator : AbstractValidator<ForgotPassword>
{
    public ForgotPasswordValidator() => RuleFor(x => x.Email).NotEmpty().MaximumLength(256).EmailAddress();
}
