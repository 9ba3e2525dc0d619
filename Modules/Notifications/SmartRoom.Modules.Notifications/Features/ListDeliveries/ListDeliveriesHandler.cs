using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Notifications.Features.ListDeliveries;

internal sealed class ListDeliveriesHandler(NotificationsDbContext db) : IQueryHandler<ListDeliveries, Result<Paged<DeliveryRecord>>>
{
    public async ValueTask<Result<Paged<DeliveryRecord>>> Handle(ListDeliveries query, CancellationToken cancellationToken)
    {
        var deliveries = db.EmailDeliveries.AsNoTracking();
        if (query.Status is { } status)
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.To))
        {
            var to = query.To.Trim().ToLowerInvariant();
            deliveries = deliveries.Where(d => d.To.ToLower() == to);
        }

        var total = await deliveries.CountAsync(cancellationToken);
        var items = await deliveries.OrderByDescending(d => d.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(d => new DeliveryRecord(d.Id, d.Template, d.Category, d.To, d.Subject, d.Status, d.Attempts, d.LastError,
                d.ProviderMessageId, d.CreatedAt, d.LastAttemptAt, d.NextAttemptAt, d.SentAt))
            .ToListAsync(cancellationToken);
        return new Paged<DeliveryRecord>(items, query.Page, query.PageSize, total);
    }
}
