using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Identity.Features.ListAudit;

internal sealed class ListAuditHandler(IdentityDbContext db) : IQueryHandler<ListAudit, Result<Paged<AuditRecord>>>
{
    public async ValueTask<Result<Paged<AuditRecord>>> Handle(ListAudit query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (query.UserId is { } userId)
        {
            entries = entries.Where(e => e.TargetUserId == userId);
        }

        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(e => new AuditRecord(e.Id, e.OccurredAt, e.ActorId, e.Action, e.TargetUserId, e.Details, e.IpAddress))
            .ToListAsync(cancellationToken);
        return new Paged<AuditRecord>(items, query.Page, query.PageSize, total);
    }
}
