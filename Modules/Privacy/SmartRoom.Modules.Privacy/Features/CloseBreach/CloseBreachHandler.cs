using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.CloseBreach;

internal sealed class CloseBreachHandler(PrivacyDbContext db, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<CloseBreach, Result<BreachView>>
{
    public async ValueTask<Result<BreachView>> Handle(CloseBreach command, CancellationToken cancellationToken)
    {
        if (await BreachRegister.CurrentAsync(db, command.BreachId, cancellationToken) is not { } current)
        {
            return BreachRegister.NotFound;
        }

        if (current.ClosedAt is not null)
        {
            return BreachRegister.IsClosed;
        }

        var delayReason = string.IsNullOrWhiteSpace(command.DelayReason) ? null : command.DelayReason.Trim();
        if (BreachClock.NeedsDelayReason(current) && delayReason is null)
        {
            return Error.Conflict("delay-reason-required", current.RegulatorNotifiedAt is null
                ? "The breach is notifiable and the regulator notification was never recorded: give the reasons for the delay (delayReason) to close it."
                : "The regulator was notified after the 72 hours (saDueAt): give the reasons for the delay (delayReason) to close it.");
        }

        var now = clock.GetUtcNow();
        var next = current.Next(BreachEntryKinds.Closed, now, caller.Id, null,
            delayReason is null ? ["closedAt", "outcome"] : ["closedAt", "outcome", "delayReason"]) with
        {
            ClosedAt = now,
            Outcome = command.Outcome!.Trim(),
            DelayReason = delayReason,
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

        return BreachView.From(next, now);
    }
}
