using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Privacy.Features.ListMyConsentHistory;

internal sealed class ListMyConsentHistoryHandler(PrivacyDbContext db, ICurrentUser caller)
    : IQueryHandler<ListMyConsentHistory, Result<Paged<ConsentHistoryEntry>>>
{
    public async ValueTask<Result<Paged<ConsentHistoryEntry>>> Handle(ListMyConsentHistory query, CancellationToken cancellationToken)
    {
        var userId = caller.Id!.Value;
        var mine = db.ConsentRecords.AsNoTracking().Where(r => r.UserId == userId);
        var total = await mine.CountAsync(cancellationToken);
        var records = await mine
            .OrderByDescending(r => r.RecordedAt)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);
        var items = records
            .Select(r => new ConsentHistoryEntry(r.Id, r.Purpose, r.PurposeVersion, ConsentStates.Of(r.Decision), r.Method, r.NoticeTextHash,
                r.RecordedAt, r.IpNetwork, r.UserAgent))
            .ToList();
        return new Paged<ConsentHistoryEntry>(items, query.Page, query.PageSize, total);
    }
}
