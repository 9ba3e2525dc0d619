using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetModerationTestimonial;

internal sealed class GetModerationTestimonialHandler(ContentDbContext db) : IQueryHandler<GetModerationTestimonial, Result<ModerationTestimonialView>>
{
    public async ValueTask<Result<ModerationTestimonialView>> Handle(GetModerationTestimonial query, CancellationToken cancellationToken) =>
        await db.Testimonials.AsNoTracking().SingleOrDefaultAsync(t => t.Id == query.Id, cancellationToken) is { } testimonial
            ? (await ModerationTestimonialView.ForAsync(db, [testimonial], cancellationToken))[0]
            : TestimonialErrors.NotFound;
}
