using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ListPermissions;

internal sealed class ListPermissionsHandler(DealRoomsDbContext db) : IQueryHandler<ListPermissions, Result<IReadOnlyList<PermissionView>>>
{
    public async ValueTask<Result<IReadOnlyList<PermissionView>>> Handle(ListPermissions query, CancellationToken cancellationToken)
    {
        return await db.Permissions.AsNoTracking().Where(p => p.RoomId == query.RoomId).OrderBy(p => p.Id)
            .Select(p => new PermissionView(p.GroupId, p.FolderId, p.DocumentId, p.Level, p.UpdatedAt))
            .ToListAsync(cancellationToken);
    }
}
