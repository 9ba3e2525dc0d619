namespace SmartRoom.Modules.Identity.Features.Refresh;

internal sealed class RefreshValidator : AbstractValidator<Refresh>
{
    public RefreshValidator() => RuleFor(x => x.RefreshToken).NotEmpty().MaximumLength(8192);
}
