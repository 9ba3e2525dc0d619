namespace SmartRoom.Modules.Notifications.Features.AttemptDelivery;

internal sealed class AttemptDeliveryHandler(NotificationsDbContext db, DeliveryDispatcher dispatcher) : ICommandHandler<AttemptDelivery, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(AttemptDelivery command, CancellationToken cancellationToken)
    {
        var delivery = await db.EmailDeliveries.SingleOrDefaultAsync(d => d.Id == command.DeliveryId, cancellationToken);
        if (delivery is { Status: DeliveryStatus.Queued, Attempts: 0 })
        {
            await dispatcher.AttemptAsync(delivery, cancellationToken);
        }

        return Done.Value;
    }
}
