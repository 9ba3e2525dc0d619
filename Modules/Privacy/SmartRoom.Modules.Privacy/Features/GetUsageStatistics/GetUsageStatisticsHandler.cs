namespace SmartRoom.Modules.Privacy.Features.GetUsageStatistics;

internal sealed class GetUsageStatisticsHandler(PrivacyDbContext db, StatisticsOptions options, TimeProvider clock)
    : IQueryHandler<GetUsageStatistics, Result<StatisticsReport>>
{
    public async ValueTask<Result<StatisticsReport>> Handle(GetUsageStatistics query, CancellationToken cancellationToken)
    {
        if (!query.TryResolve(clock, out var from, out var to))
        {
            return Error.Validation("from", "'from' and 'to' must be months written yyyy-MM.");
        }

        var facts = db.UsageFacts.AsNoTracking().Where(f => f.Month >= from && f.Month <= to);
        var cells = (await facts
                .GroupBy(f => new { f.Month, f.Measure, f.Dimension })
                .Select(g => new { g.Key.Month, g.Key.Measure, g.Key.Dimension, Count = g.LongCount(), Rooms = g.Select(f => f.RoomId).Distinct().Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(c => (c.Month, c.Measure), c => new StatisticsSuppression.Cell(c.Dimension, c.Count, c.Rooms));
        var groups = await facts
            .GroupBy(f => new { f.Month, f.Measure })
            .Select(g => new { g.Key.Month, g.Key.Measure, Count = g.LongCount(), Rooms = g.Select(f => f.RoomId).Distinct().Count() })
            .ToListAsync(cancellationToken);

        var rows = groups
            .OrderBy(g => g.Month).ThenBy(g => UsageMeasures.Order(g.Measure)).ThenBy(g => g.Measure, StringComparer.Ordinal)
            .SelectMany(g => StatisticsSuppression.Apply(
                new StatisticsSuppression.Group(g.Month, g.Measure, UsageMeasures.IsRoomScoped(g.Measure), cells[(g.Month, g.Measure)].ToList(),
                    UsageMeasures.IsBrokenDown(g.Measure) ? new StatisticsSuppression.Cell(UsageMeasures.All, g.Count, g.Rooms) : null),
                options.K, options.MinRooms))
            .Select(f => new StatisticsRow(UsageMonth.Format(f.Month), f.Measure, f.Dimension, f.Count, f.Suppressed))
            .ToList();
        return new StatisticsReport(UsageMonth.Format(from), UsageMonth.Format(to), options.K, options.MinRooms, rows);
    }
}
