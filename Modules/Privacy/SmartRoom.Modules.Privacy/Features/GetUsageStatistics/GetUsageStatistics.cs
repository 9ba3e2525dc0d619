using System.Text.Json.Serialization;

namespace SmartRoom.Modules.Privacy.Features.GetUsageStatistics;

/// <summary>
/// Usage statistics an operator may share with partners: per calendar month (UTC), counts per measure and broad
/// dimension value, never per deal room or per client, every figure under the suppression rule
/// (<see cref="StatisticsSuppression"/>). <paramref name="From"/> and <paramref name="To"/> are months as
/// <c>yyyy-MM</c> (defaults: the twelve months up to the last one that has ended); <paramref name="Format"/> is
/// <c>json</c> (default) or <c>csv</c>. Only months that have ended: a month still running changes between two
/// exports, and their difference would show single events.
/// </summary>
internal sealed record GetUsageStatistics(string? From, string? To, string? Format) : IQuery<Result<StatisticsReport>>
{
    public const int DefaultMonths = 12;
    public const int MaxMonths = 120;

    public bool IsCsv => Format == "csv";

    /// <summary>The months asked for, defaults filled in; false where <see cref="From"/> or <see cref="To"/> is not a month.</summary>
    public bool TryResolve(TimeProvider clock, out int from, out int to)
    {
        from = 0;
        to = UsageMonth.Add(UsageMonth.Of(clock.GetUtcNow()), -1);
        if (To is not null && !UsageMonth.TryParse(To, out to))
        {
            return false;
        }

        if (From is null)
        {
            from = UsageMonth.Add(to, -(DefaultMonths - 1));
            return true;
        }

        return UsageMonth.TryParse(From, out from);
    }
}

/// <summary>The export: the months it covers, the thresholds applied, and one row per published or suppressed figure.</summary>
internal sealed record StatisticsReport(string From, string To, int K, int MinRooms, IReadOnlyList<StatisticsRow> Rows);

/// <summary>
/// One figure: <c>month</c> (<c>yyyy-MM</c>), <c>measure</c>, <c>dimension</c> (a room role, a broad file type, or
/// <c>all</c> for the measure's total) and <c>count</c> — absent when <c>suppressed</c>.
/// </summary>
internal sealed record StatisticsRow(
    string Month,
    string Measure,
    string Dimension,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Count,
    bool Suppressed);
