using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;

namespace SmartRoom.Modules.DealRooms.Tests;

/// <summary>
/// The numbered tree as a manager and as a group see it, on an in-memory SQLite database: subfolders
/// before documents, ties by id, and numbers that do not change with what the viewer may see.
/// </summary>
public sealed class RoomTreeTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly Guid _room = Guid.NewGuid();
    private DealRoomsSqliteDbContext _db = null!;

    // B (1) { B1 (1.1) { e (1.1.1) }, B2 (1.2), d1 (1.3), d2 (1.4) }, A (2)
    private readonly Folder _a;
    private readonly Folder _b;
    private readonly Folder _b1;
    private readonly Folder _b2;
    private readonly Document _d1;
    private readonly Document _d2;
    private readonly Document _e;

    public RoomTreeTests()
    {
        _a = Folder("A", null, 2);
        _b = Folder("B", null, 1);
        _b1 = Folder("B1", _b.Id, 1);
        _b2 = Folder("B2", _b.Id, 2);
        _d1 = Document("d1", _b.Id, 1);
        _d2 = Document("d2", _b.Id, 2);
        _e = Document("e", _b1.Id, 1);
    }

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        _db = new DealRoomsSqliteDbContext(new DbContextOptionsBuilder<DealRoomsSqliteDbContext>().UseSqlite(_connection).Options);
        await _db.Database.EnsureCreatedAsync();
        var elsewhere = Guid.NewGuid();
        _db.Folders.AddRange(_a, _b, _b1, _b2, new Folder { Id = Guid.NewGuid(), RoomId = elsewhere, Name = "other room", Position = 1 });
        _db.Documents.AddRange(_d1, _d2, _e, new Document { Id = Guid.NewGuid(), RoomId = elsewhere, FolderId = _b.Id, Name = "other room", Position = 3 });
        await _db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task A_manager_sees_everything_numbered_with_subfolders_before_documents()
    {
        var tree = await new RoomTree(_db).BuildAsync(_room, CancellationToken.None);

        tree.Folders.Select(f => (f.Name, f.Index, f.Level)).ShouldBe([
            ("B", "1", AccessLevel.Upload), ("B1", "1.1", AccessLevel.Upload), ("B2", "1.2", AccessLevel.Upload), ("A", "2", AccessLevel.Upload)]);
        tree.Documents.Select(d => (d.Name, d.Index, d.Level, d.Version)).ShouldBe([
            ("e", "1.1.1", AccessLevel.Upload, 1), ("d1", "1.3", AccessLevel.Upload, 1), ("d2", "1.4", AccessLevel.Upload, 2)]);
        tree.Folders[1].ShouldBe(new TreeFolder(_b1.Id, _b.Id, "B1", "1.1", 1, AccessLevel.Upload));
        tree.Documents[0].FolderId.ShouldBe(_b1.Id);
    }

    [Fact]
    public async Task A_group_sees_only_what_it_may_view_under_the_same_numbers()
    {
        var grants = new[]
        {
            Grant(_b.Id, null, AccessLevel.None),
            Grant(_b1.Id, null, AccessLevel.View),
            Grant(null, _d2.Id, AccessLevel.Download),
        };
        IReadOnlyCollection<Folder>? given = null;

        var tree = await new RoomTree(_db).BuildAsync(_room, folders =>
        {
            given = folders;
            return Task.FromResult<EffectiveAccess?>(new EffectiveAccess(folders, grants));
        }, CancellationToken.None);

        given!.Select(f => f.Name).Order().ShouldBe(["A", "B", "B1", "B2"]); // this room's folders only
        tree.Folders.Select(f => (f.Name, f.Index, f.Level)).ShouldBe([("B1", "1.1", AccessLevel.View)]);
        tree.Documents.Select(d => (d.Name, d.Index, d.Level)).ShouldBe([("e", "1.1.1", AccessLevel.View), ("d2", "1.4", AccessLevel.Download)]);
    }

    [Fact]
    public async Task Everything_at_one_level_shows_the_whole_tree_at_that_level()
    {
        var tree = await new RoomTree(_db).BuildAsync(_room, _ => Task.FromResult<EffectiveAccess?>(EffectiveAccess.Everything(AccessLevel.View)), CancellationToken.None);

        tree.Folders.Count.ShouldBe(4);
        tree.Documents.Count.ShouldBe(3);
        tree.Folders.ShouldAllBe(f => f.Level == AccessLevel.View);
        tree.Documents.ShouldAllBe(d => d.Level == AccessLevel.View);
    }

    [Fact]
    public async Task Siblings_at_the_same_position_are_ordered_by_id()
    {
        var parent = Folder("P", null, 3);
        var first = new Folder { Id = Guid.Parse("00000000-0000-7000-8000-000000000001"), RoomId = _room, ParentId = parent.Id, Name = "first", Position = 1 };
        var second = new Folder { Id = Guid.Parse("00000000-0000-7000-8000-000000000002"), RoomId = _room, ParentId = parent.Id, Name = "second", Position = 1 };
        var x = new Document { Id = Guid.Parse("00000000-0000-7000-8000-000000000003"), RoomId = _room, FolderId = parent.Id, Name = "x", Position = 1, CurrentVersion = 1 };
        var y = new Document { Id = Guid.Parse("00000000-0000-7000-8000-000000000004"), RoomId = _room, FolderId = parent.Id, Name = "y", Position = 1, CurrentVersion = 1 };
        _db.Folders.AddRange(second, first, parent);
        _db.Documents.AddRange(y, x);
        await _db.SaveChangesAsync();

        var tree = await new RoomTree(_db).BuildAsync(_room, CancellationToken.None);

        tree.Folders.Where(f => f.ParentId == parent.Id).Select(f => f.Name).ShouldBe(["first", "second"]);
        tree.Documents.Where(d => d.FolderId == parent.Id).Select(d => d.Name).ShouldBe(["x", "y"]);
    }

    private Folder Folder(string name, Guid? parent, int position) =>
        new() { Id = Guid.CreateVersion7(), RoomId = _room, ParentId = parent, Name = name, Position = position };

    private Document Document(string name, Guid folder, int position) =>
        new() { Id = Guid.CreateVersion7(), RoomId = _room, FolderId = folder, Name = name, Position = position, CurrentVersion = position };

    private Permission Grant(Guid? folder, Guid? document, AccessLevel level) =>
        new() { Id = Guid.NewGuid(), RoomId = _room, GroupId = Guid.NewGuid(), FolderId = folder, DocumentId = document, Level = level };
}
