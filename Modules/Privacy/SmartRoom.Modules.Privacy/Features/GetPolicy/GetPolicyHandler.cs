using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.GetPolicy;

internal sealed class GetPolicyHandler(PrivacyDbContext db, PolicyCatalog catalog, TimeProvider clock)
    : IQueryHandler<GetPolicy, Result<PolicyInForce>>
{
    public async ValueTask<Result<PolicyInForce>> Handle(GetPolicy query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var published = await catalog.PublishedAsync(db, cancellationToken);
        if (PolicyCatalog.InForce(published, now) is not { } inForce)
        {
            return Error.NotFound("privacy policy");
        }

        var upcomingId = PolicyCatalog.Upcoming(published, now)?.Id;
        var rows = await db.PolicyVersions.AsNoTracking()
            .Where(v => v.Id == inForce.Id || v.Id == upcomingId)
            .ToListAsync(cancellationToken);
        var current = PolicyVersionView.Of(rows.Single(v => v.Id == inForce.Id));
        var upcoming = rows.FirstOrDefault(v => v.Id == upcomingId) is { } next ? PolicyVersionView.Of(next) : null;
        return new PolicyInForce(current.Number, current.Text, current.Html, current.TextHash, current.Summary, current.Material,
            current.EffectiveAt, current.UpdatedOn, upcoming);
    }
}
