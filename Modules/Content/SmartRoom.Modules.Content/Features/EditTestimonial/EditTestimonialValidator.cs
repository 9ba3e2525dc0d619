namespace SmartRoom.Modules.Content.Features.EditTestimonial;

internal sealed class EditTestimonialValidator : AbstractValidator<EditTestimonial>
{
    public EditTestimonialValidator() => TestimonialFieldRules.Apply(this, x => x.Fields);
}
