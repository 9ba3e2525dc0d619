using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ListSupportAccess;

internal sealed class ListSupportAccessHandler(RoomAccess access, DealRoomsDbContext db, ICurrentUser caller, TimeProvider clock)
    : IQueryHandler<ListSupportAccess, Result<IReadOnlyList<SupportAccessView>>>
{
    public async ValueTask<Result<IReadOnlyList<SupportAccessView>>> Handle(ListSupportAccess query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var requests = db.SupportAccessRequests.AsNoTracking().Where(r => r.RoomId == query.RoomId);
        var entered = await access.EnterAsManagerAsync(query.RoomId, cancellationToken);
        if (!entered.IsSuccess)
        {
            // Support staff follow their own requests (until the room is archived); for anyone else the room stays out of sight.
            var userId = caller.Id;
            if (entered.Error != RoomRefusals.NotFound || !caller.IsInRole(PlatformRoles.Support)
                || !await requests.AnyAsync(r => r.RequestedBy == userId, cancellationToken)
                || await db.Rooms.AnyAsync(r => r.Id == query.RoomId && r.Status == RoomStatus.Archived, cancellationToken))
            {
                return entered.Error;
            }

            requests = requests.Where(r => r.RequestedBy == userId);
        }

        var found = await requests.OrderByDescending(r => r.RequestedAt).ToListAsync(cancellationToken);
        return found.Select(r => SupportAccessView.Of(r, now)).ToList();
    }
}
