namespace SmartRoom.Modules.Privacy.Features.RecordUsageFact;

internal sealed class RecordUsageFactHandler(PrivacyDbContext db) : ICommandHandler<RecordUsageFact, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RecordUsageFact command, CancellationToken cancellationToken)
    {
        if (await db.UsageFacts.AnyAsync(f => f.Id == command.EventId, cancellationToken))
        {
            return Done.Value;
        }

        db.UsageFacts.Add(new UsageFact
        {
            Id = command.EventId,
            Month = UsageMonth.Of(command.OccurredAt),
            Measure = command.Measure,
            Dimension = command.Dimension,
            RoomId = command.RoomId,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same event delivered twice at once: the other delivery recorded it.
            db.ChangeTracker.Clear();
            if (!await db.UsageFacts.AnyAsync(f => f.Id == command.EventId, cancellationToken))
            {
                throw;
            }
        }

        return Done.Value;
    }
}
