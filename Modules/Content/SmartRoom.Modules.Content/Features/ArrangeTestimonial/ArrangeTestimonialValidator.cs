namespace SmartRoom.Modules.Content.Features.ArrangeTestimonial;

internal sealed class ArrangeTestimonialValidator : AbstractValidator<ArrangeTestimonial>
{
    public ArrangeTestimonialValidator()
    {
        RuleFor(x => x.Position).NotNull().InclusiveBetween(0, 100_000);
        RuleFor(x => x.Featured).NotNull();
    }
}
