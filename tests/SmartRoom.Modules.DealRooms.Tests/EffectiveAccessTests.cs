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

    [Fact]
    public void A_grant_below_may_narrow_and_a_grant_further_below_widen_again()
    {
        var root = Folder(null);
        var hidden = Folder(root.Id);
        var reopened = Folder(hidden.Id);
        var inside = Folder(reopened.Id);

        // Listed children first: the levels come from the tree, not from the order of the list.
        var access = new EffectiveAccess([inside, reopened, hidden, root],
        [
            Grant(Guid.NewGuid(), root.Id, null, AccessLevel.Upload),
            Grant(Guid.NewGuid(), hidden.Id, null, AccessLevel.None),
            Grant(Guid.NewGuid(), reopened.Id, null, AccessLevel.View),
        ]);

        access.OfFolder(root.Id).ShouldBe(AccessLevel.Upload);
        access.OfFolder(hidden.Id).ShouldBe(AccessLevel.None);
        access.OfFolder(reopened.Id).ShouldBe(AccessLevel.View);
        access.OfFolder(inside.Id).ShouldBe(AccessLevel.View);
    }

    [Fact]
    public void A_document_grant_overrides_its_folder_either_way_and_only_for_that_document()
    {
        var folder = Folder(null);
        var narrowed = Guid.NewGuid();
        var widened = Guid.NewGuid();
        var access = new EffectiveAccess([folder],
        [
            Grant(Guid.NewGuid(), folder.Id, null, AccessLevel.Download),
            Grant(Guid.NewGuid(), null, narrowed, AccessLevel.None),
            Grant(Guid.NewGuid(), null, widened, AccessLevel.Upload),
        ]);

        access.OfDocument(narrowed, folder.Id).ShouldBe(AccessLevel.None);
        access.OfDocument(widened, folder.Id).ShouldBe(AccessLevel.Upload);
        access.OfDocument(Guid.NewGuid(), folder.Id).ShouldBe(AccessLevel.Download);
        access.OfFolder(folder.Id).ShouldBe(AccessLevel.Download);
    }

    [Fact]
    public void Without_grants_nothing_is_visible_and_unknown_folders_are_none()
    {
        var folder = Folder(null);
        var access = new EffectiveAccess([folder, Folder(folder.Id)], []);

        access.OfFolder(folder.Id).ShouldBe(AccessLevel.None);
        access.OfFolder(Guid.NewGuid()).ShouldBe(AccessLevel.None);
        access.OfDocument(Guid.NewGuid(), folder.Id).ShouldBe(AccessLevel.None);
    }

    [Fact]
    public void A_grant_on_a_folder_outside_the_room_gives_nothing_inside_it()
    {
        var folder = Folder(null);
        var elsewhere = Guid.NewGuid();
        var access = new EffectiveAccess([folder], [Grant(Guid.NewGuid(), elsewhere, null, AccessLevel.Upload)]);

        access.OfFolder(folder.Id).ShouldBe(AccessLevel.None);
        access.OfFolder(elsewhere).ShouldBe(AccessLevel.None);
    }

    [Theory]
    [InlineData((int)AccessLevel.View)]
    [InlineData((int)AccessLevel.Download)]
    public void Everything_is_one_level_on_every_folder_and_document(int value)
    {
        var level = (AccessLevel)value;
        var access = EffectiveAccess.Everything(level);

        access.OfFolder(Guid.NewGuid()).ShouldBe(level);
        access.OfDocument(Guid.NewGuid(), Guid.NewGuid()).ShouldBe(level);
    }

    private static Folder Folder(Guid? parent) => new() { Id = Guid.CreateVersion7(), ParentId = parent, Name = "f", RoomId = Guid.Empty };

    private static Permission Grant(Guid group, Guid? folder, Guid? document, AccessLevel level) =>
        new() { Id = Guid.NewGuid(), GroupId = group, FolderId = folder, DocumentId = document, Level = level };
}
