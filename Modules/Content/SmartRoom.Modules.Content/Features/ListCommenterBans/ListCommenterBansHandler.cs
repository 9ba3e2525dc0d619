using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ListCommenterBans;

internal sealed class ListCommenterBansHandler(ContentDbContext db, TimeProvider clock) : IQueryHandler<ListCommenterBans, Result<Paged<CommenterBanView>>>
{
    public async ValueTask<Result<Paged<CommenterBanView>>> Handle(ListCommenterBans query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var bans = db.CommenterBans.AsNoTracking().Where(b => b.Until == null || b.Until > now);
        var total = await bans.CountAsync(cancellationToken);
        var items = await bans
            .OrderByDescending(b => b.BannedAt).ThenBy(b => b.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(b => new CommenterBanView(b.UserId,
                db.Comments.Where(c => c.AuthorId == b.UserId).OrderByDescending(c => c.CreatedAt).Select(c => c.AuthorName).FirstOrDefault(),
                b.Reason, b.BannedAt, b.Until, b.BannedBy))
            .ToListAsync(cancellationToken);
        return new Paged<CommenterBanView>(items, query.Page, query.PageSize, total);
    }
}
