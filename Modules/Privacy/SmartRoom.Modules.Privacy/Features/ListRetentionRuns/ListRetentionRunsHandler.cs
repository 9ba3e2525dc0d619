using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Privacy.Features.ListRetentionRuns;

internal sealed class ListRetentionRunsHandler(PrivacyDbContext db) : IQueryHandler<ListRetentionRuns, Result<Paged<RetentionRunView>>>
{
    public async ValueTask<Result<Paged<RetentionRunView>>> Handle(ListRetentionRuns query, CancellationToken cancellationToken)
    {
        var total = await db.RetentionRuns.CountAsync(cancellationToken);
        var runs = await db.RetentionRuns.AsNoTracking()
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        var ids = runs.Select(r => r.Id).ToList();
        var categories = (await db.RetentionRunCategories.AsNoTracking().Where(c => ids.Contains(c.RunId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.RunId);
        var items = runs.Select(r =>
            {
                var parts = categories[r.Id].OrderBy(c => c.Module, StringComparer.Ordinal).ThenBy(c => c.Category, StringComparer.Ordinal)
                    .Select(c => new RetentionRunCategoryView(c.Category, c.Module, c.Status, c.OlderThan, c.Purged, c.Held, c.CompletedAt))
                    .ToList();
                return new RetentionRunView(r.Id, r.StartedAt, r.FinishedAt, r.Status, parts.Sum(c => c.Purged), parts.Sum(c => c.Held), parts);
            })
            .ToList();
        return new Paged<RetentionRunView>(items, query.Page, query.PageSize, total);
    }
}
