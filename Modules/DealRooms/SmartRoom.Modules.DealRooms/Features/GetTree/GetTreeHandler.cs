using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.GetTree;

internal sealed class GetTreeHandler(EnteredRoom entered, RoomPermissions permissions, RoomTree tree, AuditTrail audit)
    : IQueryHandler<GetTree, Result<TreeView>>
{
    public async ValueTask<Result<TreeView>> Handle(GetTree query, CancellationToken cancellationToken)
    {
        await audit.RecordSupportReadAsync(entered.Context, AuditAction.TreeRead, "room", query.RoomId.ToString(), cancellationToken);

        return await tree.BuildAsync(query.RoomId, folders => permissions.ForCallerAsync(entered.Context, cancellationToken, folders), cancellationToken);
    }
}
