namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Entering a room's conversations and Q&amp;A, by Messaging's own copy of membership. A room the caller is not an
/// active member of answers 404 exactly like one that does not exist (docs/adr/0013); archived rooms are their
/// managers' only; members (not managers) must come from the room's networks; closed and archived rooms are
/// read-only. Support staff read only under a live grant that lets them read messages, and never write.
/// </summary>
internal sealed class MessagingRoomAccess(MessagingDbContext db, ICurrentUser caller, TimeProvider clock)
{
    public async Task<Result<RoomParticipant>> EnterAsync(Guid roomId, bool asManager, bool toWrite, bool allowSupport, CancellationToken ct)
    {
        if (caller.Id is not { } userId)
        {
            return RoomRefusals.NotFound;
        }

        var now = clock.GetUtcNow();
        var found = await db.Rooms.AsNoTracking()
            .Where(r => r.Id == roomId)
            .Select(r => new { Room = r, Member = db.Members.AsNoTracking().SingleOrDefault(m => m.RoomId == r.Id && m.UserId == userId) })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return RoomRefusals.NotFound;
        }

        RoomParticipant entered;
        if (found.Member is { } member && member.IsActive(now))
        {
            if (found.Room.IsArchived && !member.IsManager)
            {
                return RoomRefusals.NotFound;
            }

            entered = new RoomParticipant(found.Room, userId, member.Email, member.DisplayName, member.Role, member.GroupId, IsSupport: false);
        }
        else if (allowSupport && !asManager && !toWrite && !found.Room.IsArchived
                 && await db.SupportGrants.AsNoTracking()
                     .Where(g => g.RoomId == roomId && g.UserId == userId && g.MayReadMessages && g.RevokedAt == null && g.ExpiresAt > now)
                     .FirstOrDefaultAsync(ct) is { } grant)
        {
            entered = new RoomParticipant(found.Room, userId, grant.Email, grant.DisplayName, MemberRoles.Viewer, null, IsSupport: true);
        }
        else
        {
            return RoomRefusals.NotFound;
        }

        if (!entered.IsManager && !IpAllowList.Admits(found.Room.IpAllowList, caller.IpAddress))
        {
            return RoomRefusals.AddressNotAllowed;
        }

        if (asManager && !entered.IsManager)
        {
            return RoomRefusals.ManagersOnly;
        }

        if (toWrite && found.Room.IsReadOnly)
        {
            return RoomRefusals.ReadOnly;
        }

        return entered;
    }
}
