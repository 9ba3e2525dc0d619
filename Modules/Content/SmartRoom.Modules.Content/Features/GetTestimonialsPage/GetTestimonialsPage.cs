namespace SmartRoom.Modules.Content.Features.GetTestimonialsPage;

/// <summary>The testimonials page: the approved testimonials, featured first, each with only what its consent allows.</summary>
internal sealed record GetTestimonialsPage : IQuery<Result<TestimonialsPageView>>;

internal sealed record TestimonialsPageView(IReadOnlyList<TestimonialCardView> Testimonials);

/// <summary>
/// One testimonial as shown: the quote always; the name and title, the company, the logo and the photo only where
/// its consent allows them (null otherwise). Images are served by <c>/api/content/images/{id}</c>.
/// </summary>
internal sealed record TestimonialCardView(
    Guid Id, string Quote, string? Name, string? Title, string? Company, Guid? LogoImageId, Guid? PhotoImageId, bool Featured);
