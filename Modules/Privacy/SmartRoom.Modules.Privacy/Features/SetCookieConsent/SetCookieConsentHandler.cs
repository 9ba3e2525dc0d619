using SmartRoom.Modules.Privacy.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Privacy.Features.SetCookieConsent;

internal sealed class SetCookieConsentHandler(IDbContextOutbox<PrivacyDbContext> outbox, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<SetCookieConsent, Result<CookieConsentSet>>
{
    public async ValueTask<Result<CookieConsentSet>> Handle(SetCookieConsent command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        // A random id, not a time-ordered one: the cookie must not tell when the visitor first came.
        var subject = (command.UserId ?? caller.Id) is { } user ? ConsentSubject.Account(user) : ConsentSubject.Visitor(command.VisitorId ?? Guid.NewGuid());
        var purposes = await ConsentCatalog.CurrentAsync(db, cancellationToken);
        var latest = await ConsentLedger.LatestAsync(db, subject, cancellationToken);
        bool[] wanted = command.AcceptAll ? [true, true]
            : command.RejectAll ? [false, false]
            : new[] { command.Choices!.Analytics!.Value, command.Choices.Marketing!.Value };
        var contact = subject.UserId is { } account ? await ConsentLedger.ContactAsync(db, caller, account, cancellationToken) : default;

        var now = clock.GetUtcNow();
        for (var i = 0; i < ConsentPurposeTexts.CookiePurposes.Count; i++)
        {
            var purpose = purposes.Single(p => p.Key == ConsentPurposeTexts.CookiePurposes[i]);
            var before = ConsentLedger.StateOf(purpose, latest.GetValueOrDefault(purpose.Key));
            var record = ConsentLedger.Append(db, subject, purpose, wanted[i], ConsentMethods.CookieBanner, now, command.IpAddress, command.UserAgent);
            latest[purpose.Key] = record;
            var after = ConsentLedger.StateOf(purpose, record);
            if (subject.UserId is { } userId && after != before)
            {
                await outbox.PublishAsync(new ConsentChanged(
                    Guid.CreateVersion7(), now, userId, purpose.Key, purpose.Current.Version, after == ConsentStates.Granted, after,
                    contact.Email, contact.DisplayName));
            }
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new CookieConsentSet(subject.VisitorId, ConsentLedger.CookieView(purposes, latest));
    }
}
