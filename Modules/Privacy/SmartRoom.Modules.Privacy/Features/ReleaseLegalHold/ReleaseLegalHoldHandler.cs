using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.ReleaseLegalHold;

internal sealed class ReleaseLegalHoldHandler(PrivacyDbContext db, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<ReleaseLegalHold, Result<LegalHoldView>>
{
    public async ValueTask<Result<LegalHoldView>> Handle(ReleaseLegalHold command, CancellationToken cancellationToken)
    {
        var hold = await db.LegalHolds.FindAsync([command.HoldId], cancellationToken);
        if (hold is null)
        {
            return Error.NotFound("legal hold");
        }

        if (!hold.IsActive)
        {
            return Error.Conflict("legal-hold-released", "This legal hold was released already.");
        }

        hold.ReleasedAt = clock.GetUtcNow();
        hold.ReleasedBy = caller.Id;
        hold.ReleaseReason = command.Reason!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return LegalHoldView.From(hold);
    }
}
