using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// Where a person stands with the policy: the version in force, the latest version they accepted, and whether a
/// material version in force waits for their acceptance (accepting a later version counts).
/// </summary>
internal sealed class PolicyStandings(PrivacyDbContext db, PolicyCatalog catalog, TimeProvider clock)
{
    public async Task<PolicyStanding> OfAsync(Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var published = await catalog.PublishedAsync(db, ct);
        var accepted = await db.PolicyAcceptances.AsNoTracking()
            .Where(a => a.UserId == userId)
            .MaxAsync(a => (int?)a.PolicyNumber, ct);
        var required = PolicyCatalog.RequiredAcceptance(published, now);
        return new PolicyStanding(
            PolicyCatalog.InForce(published, now)?.Number,
            accepted,
            required is not null && (accepted ?? 0) < required.Number);
    }

    /// <summary>The gate's question, answered from the cache alone while no material version is in force.</summary>
    public async Task<bool> MustAcceptAsync(Guid userId, CancellationToken ct)
    {
        var published = await catalog.PublishedAsync(db, ct);
        if (PolicyCatalog.RequiredAcceptance(published, clock.GetUtcNow()) is not { } required)
        {
            return false;
        }

        return !await db.PolicyAcceptances.AsNoTracking()
            .AnyAsync(a => a.UserId == userId && a.PolicyNumber >= required.Number, ct);
    }
}
