namespace SmartRoom.Modules.Privacy.Features.ListPolicies;

internal sealed class ListPoliciesHandler(PrivacyDbContext db) : IQueryHandler<ListPolicies, Result<IReadOnlyList<PolicyHistoryItem>>>
{
    public async ValueTask<Result<IReadOnlyList<PolicyHistoryItem>>> Handle(ListPolicies query, CancellationToken cancellationToken)
    {
        var rows = await db.PolicyVersions.AsNoTracking()
            .Where(v => v.Number != null)
            .OrderByDescending(v => v.Number)
            .Select(v => new { Number = v.Number!.Value, v.Summary, v.Material, v.EffectiveAt, PublishedAt = v.PublishedAt!.Value, v.TextHash, v.Diff })
            .ToListAsync(cancellationToken);
        return rows.Select(v => new PolicyHistoryItem(v.Number, v.Summary, v.Material, v.EffectiveAt,
            DateOnly.FromDateTime(v.EffectiveAt.UtcDateTime), v.PublishedAt, v.TextHash, v.Diff)).ToList();
    }
}
