using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ListRooms;

internal sealed class ListRoomsHandler(DealRoomsDbContext db, ICurrentUser caller, TimeProvider clock) : IQueryHandler<ListRooms, Result<IReadOnlyList<RoomView>>>
{
    public async ValueTask<Result<IReadOnlyList<RoomView>>> Handle(ListRooms query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Members.AsNoTracking()
            .Where(Member.ActiveAt(now)).Where(m => m.UserId == caller.Id)
            .Join(db.Rooms, m => m.RoomId, r => r.Id, (m, r) => new { r, m.Role })
            .Where(x => x.r.Status != RoomStatus.Archived || x.Role == RoomRole.Manager)
            .OrderBy(x => x.r.Id)
            .Select(x => new RoomView(x.r.Id, x.r.Name, x.r.Description, x.r.Status, x.Role, x.r.CreatedAt))
            .ToListAsync(cancellationToken);
        return rows;
    }
}
