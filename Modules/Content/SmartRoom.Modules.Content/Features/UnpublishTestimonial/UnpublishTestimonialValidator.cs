namespace SmartRoom.Modules.Content.Features.UnpublishTestimonial;

internal sealed class UnpublishTestimonialValidator : AbstractValidator<UnpublishTestimonial>
{
    public UnpublishTestimonialValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(2000);
}
