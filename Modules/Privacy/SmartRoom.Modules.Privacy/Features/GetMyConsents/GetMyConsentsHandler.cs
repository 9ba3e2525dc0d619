using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.GetMyConsents;

internal sealed class GetMyConsentsHandler(PrivacyDbContext db, ICurrentUser caller) : IQueryHandler<GetMyConsents, Result<MyConsentsView>>
{
    public async ValueTask<Result<MyConsentsView>> Handle(GetMyConsents query, CancellationToken cancellationToken)
    {
        var purposes = await ConsentCatalog.CurrentAsync(db, cancellationToken);
        var latest = await ConsentLedger.LatestAsync(db, ConsentSubject.Account(caller.Id!.Value), cancellationToken);
        return new MyConsentsView(purposes.Select(p => ConsentLedger.View(p, latest.GetValueOrDefault(p.Key))).ToList());
    }
}
