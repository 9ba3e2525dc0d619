namespace SmartRoom.Modules.Content.Features.GetTestimonialsPage;

internal sealed class GetTestimonialsPageHandler(ContentDbContext db) : IQueryHandler<GetTestimonialsPage, Result<TestimonialsPageView>>
{
    public async ValueTask<Result<TestimonialsPageView>> Handle(GetTestimonialsPage query, CancellationToken cancellationToken)
    {
        // Only what each consent allows leaves the database: the flags decide in the projection itself.
        var cards = await PublicTestimonials.Query(db)
            .Select(t => new TestimonialCardView(
                t.Id,
                t.Quote,
                t.ShowName ? t.Name : null,
                t.ShowName ? t.Title : null,
                t.ShowCompany ? t.Company : null,
                t.ShowLogo ? t.LogoImageId : null,
                t.ShowPhoto ? t.PhotoImageId : null,
                t.Featured))
            .ToListAsync(cancellationToken);
        return new TestimonialsPageView(cards);
    }
}
