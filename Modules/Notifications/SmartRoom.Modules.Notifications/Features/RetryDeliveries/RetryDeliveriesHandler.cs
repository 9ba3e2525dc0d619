namespace SmartRoom.Modules.Notifications.Features.RetryDeliveries;

internal sealed class RetryDeliveriesHandler(NotificationsDbContext db, DeliveryDispatcher dispatcher, TimeProvider clock)
    : ICommandHandler<RetryDeliveries, Result<RetriedDeliveries>>
{
    public async ValueTask<Result<RetriedDeliveries>> Handle(RetryDeliveries command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.EmailDeliveries
            .Where(d => d.Status == DeliveryStatus.Queued && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt)
            .Take(command.BatchSize)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var delivery in due)
        {
            await dispatcher.AttemptAsync(delivery, cancellationToken);
            sent += delivery.Status == DeliveryStatus.Sent ? 1 : 0;
        }

        return new RetriedDeliveries(due.Count, sent);
    }
}
