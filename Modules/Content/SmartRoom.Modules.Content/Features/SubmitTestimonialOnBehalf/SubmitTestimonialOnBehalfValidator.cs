namespace SmartRoom.Modules.Content.Features.SubmitTestimonialOnBehalf;

internal sealed class SubmitTestimonialOnBehalfValidator : AbstractValidator<SubmitTestimonialOnBehalf>
{
    public SubmitTestimonialOnBehalfValidator()
    {
        TestimonialFieldRules.Apply(this, x => x.Fields);
        RuleFor(x => x.AuthorEmail).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(x => x.WrittenConsent).NotNull().WithMessage("Attach the consent the customer signed (a PDF or an image).");
    }
}
