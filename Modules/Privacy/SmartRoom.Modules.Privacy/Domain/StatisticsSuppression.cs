namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// The disclosure rule of the usage statistics, as a pure function of one group (one month, one measure).
/// <list type="number">
/// <item>Primary suppression: a figure below <c>k</c>, or (room-scoped measures) drawn from fewer than
/// <c>minRooms</c> deal rooms, is not published.</item>
/// <item>A measure broken down by a dimension also publishes its total (<c>all</c>). If the total itself is too
/// small, the whole group is suppressed.</item>
/// <item>Complementary suppression: with a published total, one suppressed cell could be recovered by
/// subtracting the others from it. So the next-smallest cells of the group are suppressed too, until the
/// suppressed cells are at least two, together count at least <c>k</c>, and (room-scoped) one of them alone
/// already comes from <c>minRooms</c> rooms, so their combined figure (total minus what is published) is itself
/// publishable — or until every cell is suppressed.</item>
/// </list>
/// A suppressed figure is published as suppressed, without its count.
/// </summary>
internal static class StatisticsSuppression
{
    /// <summary>One dimension value of a group: how many facts, and from how many distinct deal rooms.</summary>
    public sealed record Cell(string Dimension, long Count, int Rooms);

    /// <summary>
    /// One month of one measure: its cells and, for a measure broken down by a dimension, its total (whose
    /// <see cref="Cell.Rooms"/> counts distinct rooms over the whole group, not the sum of the cells').
    /// </summary>
    public sealed record Group(int Month, string Measure, bool RoomScoped, IReadOnlyList<Cell> Cells, Cell? Total);

    /// <summary>What is published for one cell: its count, or null when suppressed.</summary>
    public sealed record Figure(int Month, string Measure, string Dimension, long? Count)
    {
        public bool Suppressed => Count is null;
    }

    public static IReadOnlyList<Figure> Apply(Group group, int k, int minRooms)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(minRooms, 2);

        bool TooSmall(Cell cell) => cell.Count < k || (group.RoomScoped && cell.Rooms < minRooms);

        var cells = group.Cells.OrderBy(c => c.Dimension, StringComparer.Ordinal).ToList();
        var suppressed = new HashSet<Cell>(cells.Where(TooSmall));
        var totalShown = group.Total is { } total && !TooSmall(total);
        if (group.Total is not null && !totalShown)
        {
            suppressed.UnionWith(cells);
        }
        else if (totalShown)
        {
            bool Safe() => suppressed.Count >= 2
                && suppressed.Sum(c => c.Count) >= k
                && (!group.RoomScoped || suppressed.Max(c => c.Rooms) >= minRooms);

            var candidates = cells.Where(c => !suppressed.Contains(c))
                .OrderBy(c => c.Count).ThenBy(c => c.Rooms).ThenBy(c => c.Dimension, StringComparer.Ordinal)
                .ToQueue();
            while (suppressed.Count > 0 && !Safe() && candidates.TryDequeue(out var next))
            {
                suppressed.Add(next);
            }
        }

        var figures = new List<Figure>(cells.Count + 1);
        if (group.Total is { } all)
        {
            figures.Add(new Figure(group.Month, group.Measure, UsageMeasures.All, totalShown ? all.Count : null));
        }

        figures.AddRange(cells.Select(c => new Figure(group.Month, group.Measure, c.Dimension, suppressed.Contains(c) ? null : c.Count)));
        return figures;
    }

    private static Queue<Cell> ToQueue(this IEnumerable<Cell> cells) => new(cells);
}
