namespace SmartRoom.Modules.Content.Features.ListModerationTestimonials;

internal sealed class ListModerationTestimonialsValidator : AbstractValidator<ListModerationTestimonials>
{
    public ListModerationTestimonialsValidator()
    {
        RuleFor(x => x.Status).Must(s => s is null || Enum.TryParse<TestimonialStatus>(s, ignoreCase: true, out _) && !int.TryParse(s, out _))
            .WithMessage("One of: pending, approved, rejected, unpublished, withdrawn.");
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
    }
}
