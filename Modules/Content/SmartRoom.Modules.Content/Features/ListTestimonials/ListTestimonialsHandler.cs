namespace SmartRoom.Modules.Content.Features.ListTestimonials;

internal sealed class ListTestimonialsHandler(ContentDbContext db) : IQueryHandler<ListTestimonials, Result<PublicTestimonialList>>
{
    public async ValueTask<Result<PublicTestimonialList>> Handle(ListTestimonials query, CancellationToken cancellationToken)
    {
        var shown = await PublicTestimonials.Query(db).Take(ListTestimonials.Limit).ToListAsync(cancellationToken);
        return new PublicTestimonialList(shown.Select(t => new PublicTestimonialItem(
            t.Id,
            t.Quote,
            t.Title,
            t.ShowName ? t.Name : null,
            t.ShowCompany ? t.Company : null,
            t.ShowLogo && t.LogoImageId is { } logo ? TestimonialImages.UrlOf(logo) : null,
            t.ShowPhoto && t.PhotoImageId is { } photo ? TestimonialImages.UrlOf(photo) : null,
            t.Featured,
            t.PublishedAt)).ToList());
    }
}
