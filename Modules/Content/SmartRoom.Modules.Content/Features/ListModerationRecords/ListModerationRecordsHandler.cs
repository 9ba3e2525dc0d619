using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Content.Features.ListModerationRecords;

internal sealed class ListModerationRecordsHandler(ContentDbContext db) : IQueryHandler<ListModerationRecords, Result<Paged<ModerationRecordView>>>
{
    public async ValueTask<Result<Paged<ModerationRecordView>>> Handle(ListModerationRecords query, CancellationToken cancellationToken)
    {
        var records = db.ModerationRecords.AsNoTracking();
        if (!string.IsNullOrEmpty(query.TargetKind))
        {
            records = records.Where(r => r.TargetKind == query.TargetKind);
        }

        if (query.TargetId is { } target)
        {
            records = records.Where(r => r.TargetId == target);
        }

        if (!string.IsNullOrEmpty(query.Action))
        {
            records = records.Where(r => r.Action == query.Action);
        }

        var total = await records.CountAsync(cancellationToken);
        var items = await records.OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(r => new ModerationRecordView(r.Id, r.At, r.ActorId, r.Action, r.TargetKind, r.TargetId, r.Reason, r.IpAddress, r.UserAgent))
            .ToListAsync(cancellationToken);
        return new Paged<ModerationRecordView>(items, query.Page, query.PageSize, total);
    }
}
