using SmartRoom.Modules.Privacy.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Privacy.Features.SweepConsentRecords;

internal sealed class SweepConsentRecordsHandler(IDbContextOutbox<PrivacyDbContext> outbox, TimeProvider clock)
    : ICommandHandler<SweepConsentRecords, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(SweepConsentRecords command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var olderThan = command.OlderThan;
        long purged;
        long held = 0;
        switch (command.Category)
        {
            case ConsentDataCategories.VisitorConsents:
                purged = await db.ConsentRecords.Where(r => r.VisitorId != null && r.RecordedAt < olderThan).ExecuteDeleteAsync(cancellationToken);
                break;
            case ConsentDataCategories.ConsentRecords:
                var heldUsers = command.Holds.UserIds.ToList();
                // Every record of an (account, purpose) whose latest record is a withdrawal older than the cut-off.
                var expired = db.ConsentRecords.Where(r => r.UserId != null && db.ConsentRecords.Any(w =>
                    w.UserId == r.UserId && w.Purpose == r.Purpose && w.Decision == ConsentDecision.Withdrawn && w.RecordedAt < olderThan
                    && !db.ConsentRecords.Any(n => n.UserId == w.UserId && n.Purpose == w.Purpose && n.RecordedAt > w.RecordedAt)));
                if (heldUsers.Count > 0)
                {
                    held = await expired.CountAsync(r => heldUsers.Contains(r.UserId!.Value), cancellationToken);
                }

                purged = await expired.Where(r => !heldUsers.Contains(r.UserId!.Value)).ExecuteDeleteAsync(cancellationToken);
                break;
            default:
                return Done.Value;
        }

        await outbox.PublishAsync(new PurgeCompleted(command.RunId, command.Category, "Privacy", purged, held, clock.GetUtcNow()));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return Done.Value;
    }
}
