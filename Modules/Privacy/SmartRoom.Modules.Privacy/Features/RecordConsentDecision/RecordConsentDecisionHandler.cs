using System.Text.RegularExpressions;
using SmartRoom.Modules.Privacy.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Privacy.Features.RecordConsentDecision;

internal sealed partial class RecordConsentDecisionHandler(IDbContextOutbox<PrivacyDbContext> outbox, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<RecordConsentDecision, Result<ConsentRecordedAnswer>>
{
    public async ValueTask<Result<ConsentRecordedAnswer>> Handle(RecordConsentDecision command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var purposes = await ConsentCatalog.CurrentAsync(db, cancellationToken);
        if (purposes.SingleOrDefault(p => p.Key == command.Purpose) is not { } purpose || purpose.Current.Audience == ConsentAudience.Visitor)
        {
            return new ConsentRecordedAnswer("unknown-purpose", null, 0, null, null);
        }

        if (!MethodName().IsMatch(command.Method))
        {
            return new ConsentRecordedAnswer("invalid-method", null, purpose.Current.Version, null, null);
        }

        if (command.Version != purpose.Current.Version)
        {
            return new ConsentRecordedAnswer("consent-text-changed", null, purpose.Current.Version, null, null);
        }

        var subject = ConsentSubject.Account(command.UserId);
        var latest = await ConsentLedger.LatestAsync(db, subject, cancellationToken);
        var now = clock.GetUtcNow();
        var before = ConsentLedger.StateOf(purpose, latest.GetValueOrDefault(purpose.Key));
        var record = ConsentLedger.Append(db, subject, purpose, command.Granted, command.Method, now, command.IpAddress, command.UserAgent);
        var after = ConsentLedger.StateOf(purpose, record);
        if (after != before)
        {
            var (email, name) = await ConsentLedger.ContactAsync(db, caller, command.UserId, cancellationToken);
            await outbox.PublishAsync(new ConsentChanged(
                Guid.CreateVersion7(), now, command.UserId, purpose.Key, purpose.Current.Version, after == ConsentStates.Granted, after, email, name));
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new ConsentRecordedAnswer(null, record.Id, purpose.Current.Version, after, now);
    }

    [GeneratedRegex("^[a-z][a-z-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex MethodName();
}
