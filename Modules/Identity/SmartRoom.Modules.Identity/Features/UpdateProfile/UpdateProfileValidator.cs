namespace SmartRoom.Modules.Identity.Features.UpdateProfile;

internal sealed class UpdateProfileValidator : AbstractValidator<UpdateProfile>
{
    public UpdateProfileValidator()
    {
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(100)
            .Must(name => name is null || !name.Any(char.IsControl)).WithMessage("'Display Name' must not contain control characters.");
        RuleFor(x => x.ZipCode).MaximumLength(20).Matches("^[A-Za-z0-9 -]*$").When(x => x.ZipCode is not null)
            .WithMessage("'Zip Code' may contain letters, digits, spaces and hyphens.");
    }
}
