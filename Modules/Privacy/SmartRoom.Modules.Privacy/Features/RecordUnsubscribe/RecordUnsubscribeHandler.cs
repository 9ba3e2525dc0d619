using SmartRoom.Modules.Privacy.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Privacy.Features.RecordUnsubscribe;

internal sealed class RecordUnsubscribeHandler(IDbContextOutbox<PrivacyDbContext> outbox) : ICommandHandler<RecordUnsubscribe, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RecordUnsubscribe command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        if (await db.ConsentRecords.AnyAsync(r => r.Id == command.EventId, cancellationToken)
            || await ConsentCatalog.FindAsync(db, ConsentPurposes.MarketingEmail, cancellationToken) is not { } purpose)
        {
            return Done.Value;
        }

        var subject = ConsentSubject.Account(command.UserId);
        var latest = (await ConsentLedger.LatestAsync(db, subject, cancellationToken)).GetValueOrDefault(purpose.Key);
        var record = ConsentLedger.Append(
            db, subject, purpose, granted: false, ConsentMethods.EmailLink, command.OccurredAt, ipAddress: null, userAgent: null, id: command.EventId);
        var isLatest = latest is null || latest.RecordedAt <= record.RecordedAt;
        if (isLatest && ConsentLedger.StateOf(purpose, latest) != ConsentStates.Withdrawn)
        {
            var person = await db.Subjects.AsNoTracking().Where(s => s.Id == command.UserId)
                .Select(s => new { s.Email, s.DisplayName }).SingleOrDefaultAsync(cancellationToken);
            await outbox.PublishAsync(new ConsentChanged(
                Guid.CreateVersion7(), command.OccurredAt, command.UserId, purpose.Key, purpose.Current.Version, Granted: false,
                ConsentStates.Withdrawn, person?.Email, person?.DisplayName));
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return Done.Value;
    }
}
