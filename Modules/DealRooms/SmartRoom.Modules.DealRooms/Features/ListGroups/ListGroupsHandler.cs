using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ListGroups;

internal sealed class ListGroupsHandler(EnteredRoom entered, DealRoomsDbContext db, TimeProvider clock) : IQueryHandler<ListGroups, Result<IReadOnlyList<GroupView>>>
{
    public async ValueTask<Result<IReadOnlyList<GroupView>>> Handle(ListGroups query, CancellationToken cancellationToken)
    {
        var active = Member.ActiveAt(clock.GetUtcNow());
        var own = entered.Context.Member.GroupId;
        var groups = await db.Groups.AsNoTracking()
            .Where(g => g.RoomId == query.RoomId && (entered.Context.IsManager || g.Id == own))
            .OrderBy(g => g.Name)
            .Select(g => new GroupView(g.Id, g.Name,
                db.Members.Where(active).Count(m => m.RoomId == g.RoomId && m.GroupId == g.Id),
                g.CreatedAt))
            .ToListAsync(cancellationToken);
        return groups;
    }
}
