using SmartRoom.Modules.Privacy.Domain;
using static SmartRoom.Modules.Privacy.Domain.StatisticsSuppression;

namespace SmartRoom.Modules.Privacy.Tests;

public sealed class StatisticsSuppressionTests
{
    private const int K = 10;
    private const int MinRooms = 3;
    private const int Month = 202610;

    [Fact]
    public void A_count_below_k_is_suppressed_and_a_count_of_k_is_shown()
    {
        Single(UsageMeasures.AccountsRegistered, roomScoped: false, count: 9, rooms: 0).ShouldBe(new Figure(Month, UsageMeasures.AccountsRegistered, "all", null));
        Single(UsageMeasures.AccountsRegistered, roomScoped: false, count: 10, rooms: 0).ShouldBe(new Figure(Month, UsageMeasures.AccountsRegistered, "all", 10));
    }

    [Fact]
    public void K_is_the_configured_threshold()
    {
        var group = new Group(Month, UsageMeasures.AccountsRegistered, false, [new Cell("all", 5, 0)], null);
        Apply(group, k: 5, MinRooms).Single().Count.ShouldBe(5);
        Apply(group, k: 6, MinRooms).Single().Suppressed.ShouldBeTrue();
    }

    [Fact]
    public void A_threshold_below_two_is_refused()
    {
        var group = new Group(Month, UsageMeasures.AccountsRegistered, false, [new Cell("all", 5, 0)], null);
        Should.Throw<ArgumentOutOfRangeException>(() => Apply(group, k: 1, MinRooms));
        Should.Throw<ArgumentOutOfRangeException>(() => Apply(group, K, minRooms: 1));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void A_room_scoped_figure_from_fewer_rooms_than_the_minimum_is_suppressed_however_large(int rooms, bool suppressed) =>
        Single(UsageMeasures.DealRoomsCreated, roomScoped: true, count: 400, rooms).Suppressed.ShouldBe(suppressed);

    [Fact]
    public void Rooms_do_not_matter_for_a_measure_that_is_not_about_rooms() =>
        Single(UsageMeasures.AccountsRegistered, roomScoped: false, count: 12, rooms: 0).Count.ShouldBe(12);

    [Fact]
    public void A_broken_down_measure_publishes_its_total_first_and_its_cells_in_order()
    {
        var figures = Apply(Broken([("viewer", 20, 5), ("contributor", 15, 4), ("manager", 11, 3)], totalRooms: 6), K, MinRooms);
        figures.Select(f => (f.Dimension, f.Count)).ShouldBe([("all", 46L), ("contributor", 15L), ("manager", 11L), ("viewer", 20L)]);
    }

    [Fact]
    public void One_suppressed_cell_takes_the_next_smallest_with_it_so_the_total_does_not_give_it_away()
    {
        var figures = Apply(Broken([("pdf", 25, 6), ("spreadsheet", 12, 4), ("image", 4, 3)], totalRooms: 7), K, MinRooms);

        Count(figures, "all").ShouldBe(41);
        Count(figures, "pdf").ShouldBe(25);
        Count(figures, "image").ShouldBeNull();
        Count(figures, "spreadsheet").ShouldBeNull("the next-smallest cell, suppressed as its complement");
    }

    [Fact]
    public void Complements_are_added_until_the_suppressed_cells_together_reach_k()
    {
        // 2 + 3 + 4 = 9 < k: that sum (total minus the published cells) would itself be a group under k.
        var figures = Apply(Broken([("a", 30, 5), ("b", 20, 5), ("c", 2, 3), ("d", 3, 3), ("e", 4, 3)], totalRooms: 8), K, MinRooms);

        figures.Where(f => f.Suppressed).Select(f => f.Dimension).ShouldBe(["b", "c", "d", "e"], ignoreOrder: true);
        Count(figures, "a").ShouldBe(30);
        Count(figures, "all").ShouldBe(59);
    }

    [Fact]
    public void Complements_are_added_until_the_suppressed_cells_come_from_enough_rooms()
    {
        // "image" and "text" together reach k, but each comes from one room: their sum would describe at most two rooms.
        var figures = Apply(Broken([("pdf", 40, 6), ("image", 12, 1), ("text", 15, 2), ("spreadsheet", 16, 3)], totalRooms: 7), K, MinRooms);

        figures.Where(f => f.Suppressed).Select(f => f.Dimension).ShouldBe(["image", "spreadsheet", "text"], ignoreOrder: true);
        Count(figures, "pdf").ShouldBe(40);
    }

    [Fact]
    public void A_group_whose_total_is_too_small_is_suppressed_whole()
    {
        Apply(Broken([("viewer", 4, 3), ("manager", 3, 3)], totalRooms: 4), K, MinRooms).ShouldAllBe(f => f.Suppressed);
        Apply(Broken([("viewer", 40, 1), ("manager", 30, 1)], totalRooms: 2), K, MinRooms).ShouldAllBe(f => f.Suppressed);
    }

    [Fact]
    public void Nothing_is_suppressed_when_every_cell_is_large_enough()
    {
        Apply(Broken([("pdf", 10, 3), ("image", 10, 3)], totalRooms: 3), K, MinRooms).ShouldAllBe(f => !f.Suppressed);
    }

    [Fact]
    public void In_no_group_can_a_suppressed_cell_be_recovered_from_the_published_figures()
    {
        var random = new Random(20261130);
        var checkedGroups = 0;
        for (var run = 0; run < 5000; run++)
        {
            var cells = Enumerable.Range(0, random.Next(1, 7))
                .Select(i => new Cell(((char)('a' + i)).ToString(), random.Next(1, 40), random.Next(1, 6)))
                .ToList();
            var group = new Group(Month, UsageMeasures.DocumentsAdded, true, cells,
                new Cell("all", cells.Sum(c => c.Count), Math.Max(cells.Max(c => c.Rooms), random.Next(1, 10))));

            var figures = Apply(group, K, MinRooms);

            var published = figures.Where(f => !f.Suppressed).ToList();
            published.ShouldAllBe(f => f.Count >= K);
            var hidden = cells.Where(c => figures.Single(f => f.Dimension == c.Dimension).Suppressed).ToList();
            foreach (var cell in cells.Where(c => c.Count < K || c.Rooms < MinRooms))
            {
                hidden.ShouldContain(cell, "every cell under k or from too few rooms is suppressed");
            }

            if (Count(figures, "all") is not null && hidden.Count > 0 && hidden.Count < cells.Count)
            {
                // What subtraction from the total reveals is the sum of the hidden cells: never one cell, never under k.
                // (With every cell hidden, that sum is the published total itself.)
                checkedGroups++;
                hidden.Count.ShouldBeGreaterThanOrEqualTo(2);
                hidden.Sum(c => c.Count).ShouldBeGreaterThanOrEqualTo(K);
                hidden.Max(c => c.Rooms).ShouldBeGreaterThanOrEqualTo(MinRooms);
            }
        }

        checkedGroups.ShouldBeGreaterThan(500, "the generated groups exercise complementary suppression");
    }

    private static Figure Single(string measure, bool roomScoped, long count, int rooms) =>
        Apply(new Group(Month, measure, roomScoped, [new Cell("all", count, rooms)], null), K, MinRooms).Single();

    private static Group Broken((string Dimension, long Count, int Rooms)[] cells, int totalRooms) =>
        new(Month, UsageMeasures.DocumentsAdded, true, cells.Select(c => new Cell(c.Dimension, c.Count, c.Rooms)).ToList(),
            new Cell("all", cells.Sum(c => c.Count), totalRooms));

    private static long? Count(IEnumerable<Figure> figures, string dimension) => figures.Single(f => f.Dimension == dimension).Count;
}
