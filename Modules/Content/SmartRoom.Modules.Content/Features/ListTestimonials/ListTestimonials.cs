namespace SmartRoom.Modules.Content.Features.ListTestimonials;

/// <summary>
/// The testimonials the public sees (<see cref="PublicTestimonials"/>), each with only what its consent allows: the
/// quote and title always; the name, the company, the logo and the photo only where allowed.
/// </summary>
internal sealed record ListTestimonials : IQuery<Result<PublicTestimonialList>>
{
    public const int Limit = 100;
}

internal sealed record PublicTestimonialList(IReadOnlyList<PublicTestimonialItem> Items);

internal sealed record PublicTestimonialItem(
    Guid Id, string Quote, string Title, string? Name, string? Company, string? LogoUrl, string? PhotoUrl, bool Featured, DateTimeOffset? PublishedAt);
