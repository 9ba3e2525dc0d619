using SmartRoom.Modules.DealRooms.Domain;

namespace SmartRoom.Modules.DealRooms.Tests;

public sealed class FolderNumberingTests
{
    [Fact]
    public void Indexes_follow_positions_at_every_depth_and_close_gaps()
    {
        var a = Folder("A", null, 5);
        var b = Folder("B", null, 2);
        var b1 = Folder("B1", b.Id, 9);
        var b2 = Folder("B2", b.Id, 3);
        var b21 = Folder("B21", b2.Id, 1);

        FolderNumbering.Renumber([a, b, b1, b2, b21]);

        (b.Index, a.Index, b2.Index, b1.Index, b21.Index).ShouldBe(("1", "2", "1.1", "1.2", "1.1.1"));
        (b.Position, a.Position, b2.Position, b1.Position).ShouldBe((1, 2, 1, 2));
    }

    [Fact]
    public void Siblings_at_the_same_position_are_ordered_by_id_that_is_by_creation()
    {
        var first = new Folder { Id = Guid.Parse("0190a000-0000-7000-8000-000000000001"), RoomId = Guid.Empty, Name = "first", Position = 1 };
        var second = new Folder { Id = Guid.Parse("0190a000-0000-7000-8000-000000000002"), RoomId = Guid.Empty, Name = "second", Position = 1 };
        var child = Folder("child", second.Id, 1);

        FolderNumbering.Renumber([child, second, first]);

        (first.Index, second.Index, child.Index).ShouldBe(("1", "2", "2.1"));
        (first.Position, second.Position).ShouldBe((1, 2));
    }

    [Fact]
    public void An_index_number_may_be_exactly_as_long_as_the_column_and_no_longer()
    {
        // Ten root folders, then a chain under the tenth: "10" + 49 × ".1" = 100 characters.
        var roots = Enumerable.Range(1, 10).Select(i => Folder($"r{i}", null, i)).ToList();
        var chain = new List<Folder>();
        var parent = roots[^1];
        for (var depth = 0; depth < 49; depth++)
        {
            parent = Folder($"d{depth}", parent.Id, 1);
            chain.Add(parent);
        }

        FolderNumbering.RenumberWithin([.. roots, .. chain]).ShouldBeNull();
        parent.Index.Length.ShouldBe(FolderNumbering.MaxIndexLength);

        var tooDeep = Folder("one more", parent.Id, 1);
        var refusal = FolderNumbering.RenumberWithin([.. roots, .. chain, tooDeep]);

        refusal.ShouldBe(FolderNumbering.TooDeep);
        refusal!.Detail.ShouldContain($"{FolderNumbering.MaxIndexLength} characters");
        tooDeep.Index.Length.ShouldBe(FolderNumbering.MaxIndexLength + 2);
    }

    private static Folder Folder(string name, Guid? parent, int position) =>
        new() { Id = Guid.CreateVersion7(), RoomId = Guid.Empty, ParentId = parent, Name = name, Position = position };
}
