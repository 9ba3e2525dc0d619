namespace SmartRoom.Modules.Privacy.Features.PublishConsentPurposeVersion;

internal sealed class PublishConsentPurposeVersionValidator : AbstractValidator<PublishConsentPurposeVersion>
{
    public PublishConsentPurposeVersionValidator()
    {
        RuleFor(x => x.Key).NotEmpty().MaximumLength(60);
        RuleFor(x => x.Title).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Text).NotEmpty().MaximumLength(10000);
    }
}
