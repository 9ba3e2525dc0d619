namespace SmartRoom.Modules.Identity.Features.UpdateManageInfo;

internal sealed class UpdateManageInfoValidator : AbstractValidator<UpdateManageInfo>
{
    public UpdateManageInfoValidator()
    {
        RuleFor(x => x.NewEmail).MaximumLength(256).EmailAddress().When(x => !string.IsNullOrEmpty(x.NewEmail));
        RuleFor(x => x.NewPassword).MaximumLength(1024);
        RuleFor(x => x.OldPassword).NotEmpty().When(x => !string.IsNullOrEmpty(x.NewPassword))
            .WithMessage("The old password is required to set a new password.");
    }
}
