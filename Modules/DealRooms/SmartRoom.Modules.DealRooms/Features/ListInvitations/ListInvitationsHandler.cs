using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ListInvitations;

internal sealed class ListInvitationsHandler(DealRoomsDbContext db, TimeProvider clock)
    : IQueryHandler<ListInvitations, Result<IReadOnlyList<InvitationView>>>
{
    public async ValueTask<Result<IReadOnlyList<InvitationView>>> Handle(ListInvitations query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.Invitations.AsNoTracking()
            .Where(i => i.RoomId == query.RoomId && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .OrderBy(i => i.Id)
            .Select(i => new InvitationView(i.Id, i.Email, i.Role, i.GroupId, i.CreatedAt, i.ExpiresAt))
            .ToListAsync(cancellationToken);
    }
}
