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

    private static Folder Folder(string name, Guid? parent, int position) =>
        new() { Id = Guid.CreateVersion7(), RoomId = Guid.Empty, ParentId = parent, Name = name, Position = position };
}
