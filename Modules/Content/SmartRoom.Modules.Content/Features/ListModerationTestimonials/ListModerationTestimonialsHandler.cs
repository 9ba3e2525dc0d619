using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ListModerationTestimonials;

internal sealed class ListModerationTestimonialsHandler(ContentDbContext db)
    : IQueryHandler<ListModerationTestimonials, Result<Paged<ModerationTestimonialView>>>
{
    public async ValueTask<Result<Paged<ModerationTestimonialView>>> Handle(ListModerationTestimonials query, CancellationToken cancellationToken)
    {
        var testimonials = db.Testimonials.AsNoTracking();
        if (query.Status is { } text)
        {
            var status = Enum.Parse<TestimonialStatus>(text, ignoreCase: true);
            testimonials = testimonials.Where(t => t.Status == status);
        }

        var total = await testimonials.CountAsync(cancellationToken);
        var page = await testimonials.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .Skip((query.Page - 1) * ListModerationTestimonials.PageSize).Take(ListModerationTestimonials.PageSize)
            .ToListAsync(cancellationToken);
        return new Paged<ModerationTestimonialView>(
            await ModerationTestimonialView.ForAsync(db, page, cancellationToken), query.Page, ListModerationTestimonials.PageSize, total);
    }
}
