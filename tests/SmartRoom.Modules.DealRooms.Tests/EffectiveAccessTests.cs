using SmartRoom.Modules.DealRooms.Domain;

namespace SmartRoom.Modules.DealRooms.Tests;

public sealed class EffectiveAccessTests
{
    [Fact]
    public void The_nearest_grant_up_the_path_wins_and_no_grant_is_none()
    {
        var group = Guid.NewGuid();
        var root = Folder(null);
        var child = Folder(root.Id);
        var grandchild = Folder(child.Id);
        var other = Folder(null);
        var document = Guid.NewGuid();

        var access = new EffectiveAccess([root, child, grandchild, other],
        [
            Grant(group, root.Id, null, AccessLevel.Download),
            Grant(group, child.Id, null, AccessLevel.View),
            Grant(group, null, document, AccessLevel.Upload),
        ]);

        access.OfFolder(root.Id).ShouldBe(AccessLevel.Download);
        access.OfFolder(child.Id).ShouldBe(AccessLevel.View);
        access.OfFolder(grandchild.Id).ShouldBe(AccessLevel.View);
        access.OfFolder(other.Id).ShouldBe(AccessLevel.None);
        access.OfDocument(Guid.NewGuid(), grandchild.Id).ShouldBe(AccessLevel.View);
        access.OfDocument(document, other.Id).ShouldBe(AccessLevel.Upload);
    }

    private static Folder Folder(Guid? parent) => new() { Id = Guid.CreateVersion7(), ParentId = parent, Name = "f", RoomId = Guid.Empty };

    private static Permission Grant(Guid group, Guid? folder, Guid? document, AccessLevel level) =>
        new() { Id = Guid.NewGuid(), GroupId = group, FolderId = folder, DocumentId = document, Level = level };
}
