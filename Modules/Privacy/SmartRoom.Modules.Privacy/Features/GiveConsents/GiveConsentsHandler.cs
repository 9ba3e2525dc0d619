using SmartRoom.Modules.Privacy.Contracts;
using SmartRoom.Modules.Privacy.Views;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Privacy.Features.GiveConsents;

internal sealed class GiveConsentsHandler(IDbContextOutbox<PrivacyDbContext> outbox, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<GiveConsents, Result<MyConsentsView>>
{
    public async ValueTask<Result<MyConsentsView>> Handle(GiveConsents command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var userId = caller.Id!.Value;
        var subject = ConsentSubject.Account(userId);
        var purposes = await ConsentCatalog.CurrentAsync(db, cancellationToken);
        var latest = await ConsentLedger.LatestAsync(db, subject, cancellationToken);
        var (email, name) = await ConsentLedger.ContactAsync(db, caller, userId, cancellationToken);

        var now = clock.GetUtcNow();
        foreach (var choice in command.Decisions)
        {
            if (purposes.SingleOrDefault(p => p.Key == choice.Purpose) is not { } purpose)
            {
                return Error.NotFound("purpose");
            }

            var before = ConsentLedger.StateOf(purpose, latest.GetValueOrDefault(purpose.Key));
            var record = ConsentLedger.Append(db, subject, purpose, choice.Granted!.Value, ConsentMethods.Api, now, command.IpAddress, command.UserAgent);
            latest[purpose.Key] = record;
            var after = ConsentLedger.StateOf(purpose, record);
            if (after != before)
            {
                await outbox.PublishAsync(new ConsentChanged(
                    Guid.CreateVersion7(), now, userId, purpose.Key, purpose.Current.Version, after == ConsentStates.Granted, after, email, name));
            }
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new MyConsentsView(purposes.Select(p => ConsentLedger.View(p, latest.GetValueOrDefault(p.Key))).ToList());
    }
}
