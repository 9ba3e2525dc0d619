using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.SetPermission;

internal sealed class SetPermissionHandler(DealRoomsDbContext db, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<SetPermission, Result<PermissionView>>
{
    public async ValueTask<Result<PermissionView>> Handle(SetPermission command, CancellationToken cancellationToken)
    {
        if (!await db.Groups.AnyAsync(g => g.Id == command.GroupId && g.RoomId == command.RoomId, cancellationToken))
        {
            return Error.NotFound("group");
        }

        var exists = command.FolderId is { } folderId
            ? await db.Folders.AnyAsync(f => f.Id == folderId && f.RoomId == command.RoomId, cancellationToken)
            : await db.Documents.AnyAsync(d => d.Id == command.DocumentId && d.RoomId == command.RoomId, cancellationToken);
        if (!exists)
        {
            return Error.NotFound(command.FolderId is null ? "document" : "folder");
        }

        var now = clock.GetUtcNow();
        var grant = await db.Permissions.SingleOrDefaultAsync(
            p => p.GroupId == command.GroupId && p.FolderId == command.FolderId && p.DocumentId == command.DocumentId, cancellationToken);
        var before = grant?.Level;
        if (grant is null)
        {
            grant = new Permission
            {
                Id = Guid.CreateVersion7(),
                RoomId = command.RoomId,
                GroupId = command.GroupId,
                FolderId = command.FolderId,
                DocumentId = command.DocumentId,
            };
            db.Permissions.Add(grant);
        }

        grant.Level = command.Level;
        grant.UpdatedAt = now;
        await audit.AppendAsync(command.RoomId, ActorKind.Manager, AuditAction.PermissionSet, command.FolderId is null ? "document" : "folder",
            (command.FolderId ?? command.DocumentId).ToString(),
            new { command.GroupId, before = before?.ToString(), level = command.Level.ToString() }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new PermissionView(grant.GroupId, grant.FolderId, grant.DocumentId, grant.Level, grant.UpdatedAt);
    }
}
