namespace SmartRoom.Modules.DealRooms.Features.UploadZip;

internal sealed class UploadZipValidator : AbstractValidator<UploadZip>
{
    public UploadZipValidator() =>
        RuleFor(x => x.FileName).MaximumLength(255).Must(n => n is null || !n.Any(char.IsControl))
            .WithMessage("The zip's file name may not contain control characters.");
}
