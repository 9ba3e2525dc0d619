using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.CreateFolder;

internal sealed class CreateFolderHandler(DealRoomsDbContext db, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<CreateFolder, Result<FolderView>>
{
    public async ValueTask<Result<FolderView>> Handle(CreateFolder command, CancellationToken cancellationToken)
    {
        var folders = await db.Folders.Where(f => f.RoomId == command.RoomId).ToListAsync(cancellationToken);
        if (command.ParentId is { } parentId && folders.All(f => f.Id != parentId))
        {
            return Error.NotFound("parent folder");
        }

        var name = command.Name.Trim();
        if (folders.Any(f => f.ParentId == command.ParentId && string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return Error.Conflict("folder-exists", $"There is already a folder named '{name}' here.");
        }

        var folder = new Folder
        {
            Id = Guid.CreateVersion7(),
            RoomId = command.RoomId,
            ParentId = command.ParentId,
            Name = name,
            Position = folders.Count(f => f.ParentId == command.ParentId) + 1,
            CreatedAt = clock.GetUtcNow(),
        };
        if (FolderNumbering.RenumberWithin([.. folders, folder]) is { } tooDeep)
        {
            return tooDeep;
        }

        db.Folders.Add(folder);
        await audit.AppendAsync(command.RoomId, ActorKind.Manager, AuditAction.FolderCreated, "folder", folder.Id.ToString(),
            new { folder.Name, folder.ParentId, folder.Index }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new FolderView(folder.Id, folder.ParentId, folder.Name, folder.Index, folder.Position);
    }
}
