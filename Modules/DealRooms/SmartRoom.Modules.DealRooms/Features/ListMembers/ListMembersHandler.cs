using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ListMembers;

internal sealed class ListMembersHandler(EnteredRoom entered, DealRoomsDbContext db, TimeProvider clock) : IQueryHandler<ListMembers, Result<IReadOnlyList<MemberView>>>
{
    public async ValueTask<Result<IReadOnlyList<MemberView>>> Handle(ListMembers query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (isManager, group) = (entered.Context.IsManager, entered.Context.Member.GroupId);
        return await db.Members.AsNoTracking()
            .Where(Member.ActiveAt(now)).Where(m => m.RoomId == query.RoomId)
            .Where(m => isManager || m.Role == RoomRole.Manager || (group != null && m.GroupId == group))
            .OrderBy(m => m.Email)
            .Select(m => new MemberView(m.UserId, m.Email, m.DisplayName, m.Role, m.GroupId, m.JoinedAt, m.AccessExpiresAt))
            .ToListAsync(cancellationToken);
    }
}
