namespace SmartRoom.Modules.Content.Features.SubmitTestimonial;

internal sealed class SubmitTestimonialValidator : AbstractValidator<SubmitTestimonial>
{
    public SubmitTestimonialValidator() => TestimonialFieldRules.Apply(this, x => x.Fields);
}
