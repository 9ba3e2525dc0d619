using SmartRoom.Modules.DealRooms.Contracts;

namespace SmartRoom.Modules.DealRooms.Features.ListRoomAccessors;

internal sealed class ListRoomAccessorsHandler(DealRoomsDbContext db, TimeProvider clock) : IQueryHandler<ListRoomAccessors, Result<RoomAccessList>>
{
    public async ValueTask<Result<RoomAccessList>> Handle(ListRoomAccessors query, CancellationToken cancellationToken)
    {
        if (!await db.Rooms.AnyAsync(r => r.Id == query.RoomId, cancellationToken))
        {
            return Error.NotFound("room");
        }

        var (from, to) = (query.From.ToUniversalTime(), query.To.ToUniversalTime());
        var actors = db.AuditRecords.AsNoTracking()
            .Where(r => r.RoomId == query.RoomId && r.ActorId != null && r.OccurredAt >= from && r.OccurredAt < to)
            .Select(r => r.ActorId!.Value)
            .Distinct();
        var people = await db.Members.AsNoTracking()
            .Where(m => m.RoomId == query.RoomId && actors.Contains(m.UserId))
            .OrderBy(m => m.Email)
            .Select(m => new RoomRecipient(m.UserId, m.Email, m.DisplayName))
            .ToListAsync(cancellationToken);
        var managers = await db.Members.AsNoTracking()
            .Where(m => m.RoomId == query.RoomId && m.Role == RoomRole.Manager)
            .Where(Member.ActiveAt(clock.GetUtcNow()))
            .OrderBy(m => m.Email)
            .Select(m => new RoomRecipient(m.UserId, m.Email, m.DisplayName))
            .ToListAsync(cancellationToken);
        return new RoomAccessList(true, people, managers);
    }
}
