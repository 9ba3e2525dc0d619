using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.GetCookieConsent;

internal sealed class GetCookieConsentHandler(PrivacyDbContext db, ICurrentUser caller) : IQueryHandler<GetCookieConsent, Result<CookieConsentView>>
{
    public async ValueTask<Result<CookieConsentView>> Handle(GetCookieConsent query, CancellationToken cancellationToken)
    {
        var purposes = await ConsentCatalog.CurrentAsync(db, cancellationToken);
        ConsentSubject? subject = (query.UserId ?? caller.Id) is { } user ? ConsentSubject.Account(user)
            : query.VisitorId is { } visitor ? ConsentSubject.Visitor(visitor)
            : null;
        IReadOnlyDictionary<string, ConsentRecord> latest = subject is null ? new Dictionary<string, ConsentRecord>() : await ConsentLedger.LatestAsync(db, subject, cancellationToken);
        return ConsentLedger.CookieView(purposes, latest);
    }
}
