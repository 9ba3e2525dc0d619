using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Privacy.Features.ListBreaches;

internal sealed class ListBreachesHandler(PrivacyDbContext db, TimeProvider clock) : IQueryHandler<ListBreaches, Result<Paged<BreachSummary>>>
{
    public async ValueTask<Result<Paged<BreachSummary>>> Handle(ListBreaches query, CancellationToken cancellationToken)
    {
        var current = BreachRegister.Current(db).AsNoTracking();
        var total = await current.CountAsync(cancellationToken);
        var page = await current
            .OrderByDescending(e => e.RegisteredAt).ThenByDescending(e => e.BreachId)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var items = page.Select(e => new BreachSummary(
            e.BreachId, e.Reference, BreachClock.Status(e, now), e.AwareAt, e.SaDueAt, BreachClock.HoursLeft(e, now), e.Notifiable, e.Role,
            e.RoomId, e.RegulatorNotifiedAt, e.ClosedAt, e.RegisteredAt, e.Seq)).ToList();
        return new Paged<BreachSummary>(items, query.Page, query.PageSize, total);
    }
}
