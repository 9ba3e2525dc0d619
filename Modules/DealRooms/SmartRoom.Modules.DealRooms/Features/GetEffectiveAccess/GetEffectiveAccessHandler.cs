namespace SmartRoom.Modules.DealRooms.Features.GetEffectiveAccess;

internal sealed class GetEffectiveAccessHandler(DealRoomsDbContext db, RoomPermissions permissions, RoomTree tree)
    : IQueryHandler<GetEffectiveAccess, Result<TreeView>>
{
    public async ValueTask<Result<TreeView>> Handle(GetEffectiveAccess query, CancellationToken cancellationToken)
    {
        if (!await db.Groups.AnyAsync(g => g.Id == query.GroupId && g.RoomId == query.RoomId, cancellationToken))
        {
            return Error.NotFound("group");
        }

        return await tree.BuildAsync(query.RoomId,
            async folders => await permissions.ForGroupAsync(query.RoomId, query.GroupId, cancellationToken, folders), cancellationToken);
    }
}
