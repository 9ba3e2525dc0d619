using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.RecordRegulatorNotification;

internal sealed class RecordRegulatorNotificationHandler(PrivacyDbContext db, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<RecordRegulatorNotification, Result<BreachView>>
{
    public async ValueTask<Result<BreachView>> Handle(RecordRegulatorNotification command, CancellationToken cancellationToken)
    {
        if (await BreachRegister.CurrentAsync(db, command.BreachId, cancellationToken) is not { } current)
        {
            return BreachRegister.NotFound;
        }

        if (current.ClosedAt is not null)
        {
            return BreachRegister.IsClosed;
        }

        if (current.RegulatorNotifiedAt is not null)
        {
            return Error.Conflict("regulator-already-notified",
                $"The regulator notification was recorded already ({current.RegulatorAuthority}, {current.RegulatorReference}).");
        }

        if (command.NotifiedAt < current.DetectedAt)
        {
            return Error.Validation("notifiedAt", "'notifiedAt' cannot be before the breach was detected.");
        }

        var next = current.Next(BreachEntryKinds.RegulatorNotified, clock.GetUtcNow(), caller.Id, null,
            ["regulatorNotifiedAt", "regulatorReference", "regulatorAuthority"]) with
        {
            RegulatorNotifiedAt = BreachRules.Utc(command.NotifiedAt),
            RegulatorReference = command.Reference!.Trim(),
            RegulatorAuthority = command.Authority!.Trim(),
        };
        db.BreachEntries.Add(next);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return BreachRegister.Raced;
        }

        return BreachView.From(next, next.RecordedAt);
    }
}
