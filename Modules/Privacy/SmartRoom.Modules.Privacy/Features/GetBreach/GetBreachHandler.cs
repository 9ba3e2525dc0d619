using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.GetBreach;

internal sealed class GetBreachHandler(PrivacyDbContext db, TimeProvider clock) : IQueryHandler<GetBreach, Result<BreachDetails>>
{
    public async ValueTask<Result<BreachDetails>> Handle(GetBreach query, CancellationToken cancellationToken)
    {
        var entries = await db.BreachEntries.AsNoTracking()
            .Where(e => e.BreachId == query.BreachId)
            .OrderBy(e => e.Seq)
            .ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return BreachRegister.NotFound;
        }

        var history = entries.Select(e => new BreachHistoryEntry(
            e.Seq, e.Kind, e.RecordedAt, e.RecordedBy, e.Note, e.Changed.Split(',', StringSplitOptions.RemoveEmptyEntries), BreachView.From(e, e.RecordedAt)))
            .ToList();
        return new BreachDetails(BreachView.From(entries[^1], clock.GetUtcNow()), history);
    }
}
