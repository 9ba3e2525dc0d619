using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.ListLegalHolds;

internal sealed class ListLegalHoldsHandler(PrivacyDbContext db) : IQueryHandler<ListLegalHolds, Result<Paged<LegalHoldView>>>
{
    public async ValueTask<Result<Paged<LegalHoldView>>> Handle(ListLegalHolds query, CancellationToken cancellationToken)
    {
        var holds = db.LegalHolds.AsNoTracking();
        holds = query.Active switch
        {
            true => holds.Where(h => h.ReleasedAt == null),
            false => holds.Where(h => h.ReleasedAt != null),
            null => holds,
        };
        var total = await holds.CountAsync(cancellationToken);
        var page = await holds.OrderByDescending(h => h.Id) // time-ordered ids
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new Paged<LegalHoldView>(page.Select(LegalHoldView.From).ToList(), query.Page, query.PageSize, total);
    }
}
