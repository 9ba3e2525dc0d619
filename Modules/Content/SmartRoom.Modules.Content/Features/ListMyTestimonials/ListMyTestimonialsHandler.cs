using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ListMyTestimonials;

internal sealed class ListMyTestimonialsHandler(ContentDbContext db, ICurrentUser caller) : IQueryHandler<ListMyTestimonials, Result<MyTestimonials>>
{
    public async ValueTask<Result<MyTestimonials>> Handle(ListMyTestimonials query, CancellationToken cancellationToken)
    {
        var me = caller.Id!.Value;
        var mine = await db.Testimonials.AsNoTracking().Where(t => t.AuthorId == me)
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Take(200)
            .ToListAsync(cancellationToken);
        return new MyTestimonials(mine.Select(MyTestimonialView.From).ToList());
    }
}
