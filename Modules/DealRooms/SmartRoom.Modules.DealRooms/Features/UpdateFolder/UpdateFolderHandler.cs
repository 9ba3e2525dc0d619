using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.UpdateFolder;

internal sealed class UpdateFolderHandler(DealRoomsDbContext db, AuditTrail audit) : ICommandHandler<UpdateFolder, Result<FolderView>>
{
    public async ValueTask<Result<FolderView>> Handle(UpdateFolder command, CancellationToken cancellationToken)
    {
        var folders = await db.Folders.Where(f => f.RoomId == command.RoomId).ToListAsync(cancellationToken);
        var folder = folders.SingleOrDefault(f => f.Id == command.FolderId);
        if (folder is null)
        {
            return Error.NotFound("folder");
        }

        var before = new { folder.Name, folder.ParentId, folder.Index };
        var parentId = command.Move ? command.ParentId : folder.ParentId;
        if (command.Move && parentId is { } target)
        {
            if (folders.All(f => f.Id != target))
            {
                return Error.NotFound("parent folder");
            }

            // A folder cannot move under itself or its own descendants.
            for (Guid? cursor = target; cursor is not null; cursor = folders.Single(f => f.Id == cursor).ParentId)
            {
                if (cursor == folder.Id)
                {
                    return Error.Validation("parentId", "A folder cannot be moved into itself or one of its subfolders.");
                }
            }
        }

        var name = command.Name?.Trim() ?? folder.Name;
        if (folders.Any(f => f.Id != folder.Id && f.ParentId == parentId && string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return Error.Conflict("folder-exists", $"There is already a folder named '{name}' there.");
        }

        folder.Name = name;
        var siblings = folders.Where(f => f.ParentId == parentId && f.Id != folder.Id).OrderBy(f => f.Position).ToList();
        var position = Math.Clamp(command.Position ?? (parentId == folder.ParentId ? folder.Position : siblings.Count + 1), 1, siblings.Count + 1);
        siblings.Insert(position - 1, folder);
        folder.ParentId = parentId;
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].Position = i + 1;
        }

        if (FolderNumbering.RenumberWithin(folders) is { } tooDeep)
        {
            return tooDeep; // nothing saved: the tracked changes die with this request's unit of work
        }

        await audit.AppendAsync(command.RoomId, ActorKind.Manager, AuditAction.FolderChanged, "folder", folder.Id.ToString(),
            new { before, after = new { folder.Name, folder.ParentId, folder.Index } }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new FolderView(folder.Id, folder.ParentId, folder.Name, folder.Index, folder.Position);
    }
}
