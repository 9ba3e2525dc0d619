using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.DealRooms.Features.ListRoomAudit;

internal sealed class ListRoomAuditHandler(DealRoomsDbContext db) : IQueryHandler<ListRoomAudit, Result<Paged<AuditEntryView>>>
{
    public async ValueTask<Result<Paged<AuditEntryView>>> Handle(ListRoomAudit query, CancellationToken cancellationToken)
    {
        var records = AuditFilter.Apply(db.AuditRecords.AsNoTracking().Where(r => r.RoomId == query.RoomId), query);
        var total = await records.CountAsync(cancellationToken);
        var items = await records.OrderBy(r => r.Seq).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(r => new AuditEntryView(r.Id, r.Seq, r.OccurredAt, r.ActorId, r.ActorKind, r.Action, r.TargetType, r.TargetId, r.IpAddress, r.UserAgent, r.Details, r.Hash))
            .ToListAsync(cancellationToken);
        return new Paged<AuditEntryView>(items, query.Page, query.PageSize, total);
    }
}
