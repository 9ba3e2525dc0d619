namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>
/// Answers "may the caller see this room, and as what?" — 404 for anyone who is neither an active member
/// nor support staff holding a live grant. Non-managers must also come from the room's IP allow-list, and
/// open content only after accepting the room's current terms.
/// </summary>
internal sealed class RoomAccess(DealRoomsDbContext db, ICurrentUser caller, TimeProvider clock, LastSeenRecorder seen)
{
    public static readonly Error TermsNotAccepted = Error.Forbidden("terms-not-accepted",
        "Read and accept the room's terms (GET and POST …/terms/accept) before opening its content.");

    /// <summary>Members only (support staff get 404).</summary>
    public Task<Result<RoomContext>> EnterAsync(Guid roomId, CancellationToken ct) => EnterAsync(roomId, allowSupport: false, ct);

    /// <summary>Members, or support staff with a live grant when <paramref name="allowSupport"/> (read-only uses).</summary>
    public async Task<Result<RoomContext>> EnterAsync(Guid roomId, bool allowSupport, CancellationToken ct)
    {
        var userId = caller.Id;
        var now = clock.GetUtcNow();
        var found = await db.Rooms
            .Where(r => r.Id == roomId)
            .Select(r => new { Room = r, Member = db.Members.SingleOrDefault(m => m.RoomId == r.Id && m.UserId == userId) })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return RoomRefusals.NotFound;
        }

        RoomContext entered;
        if (found.Member is { } member && member.IsActive(now))
        {
            // Archived rooms are visible to their managers only.
            if (found.Room.Status == RoomStatus.Archived && member.Role != RoomRole.Manager)
            {
                return RoomRefusals.NotFound;
            }

            entered = new RoomContext(found.Room, member);
        }
        // Archived rooms are out of support's reach too, whatever grant is still running.
        else if (allowSupport && found.Room.Status != RoomStatus.Archived && await SupportGrantAsync(roomId, now, ct) is { } grant)
        {
            entered = new RoomContext(found.Room,
                new Member { RoomId = roomId, UserId = grant.RequestedBy, Email = grant.RequesterEmail, DisplayName = grant.RequesterName, Role = RoomRole.Viewer },
                grant);
        }
        else
        {
            return RoomRefusals.NotFound;
        }

        if (!entered.IsManager && !IpAllowList.Admits(found.Room.IpAllowList, caller.IpAddress))
        {
            return RoomRefusals.AddressNotAllowed;
        }

        if (!entered.IsSupport && (entered.Member.LastSeenAt is null || entered.Member.LastSeenAt < now.AddMinutes(-1)))
        {
            seen.Post(new MemberSeen(roomId, entered.Member.UserId, now));
        }

        return entered;
    }

    /// <summary>
    /// For the room's content (tree, documents): members who accepted the current terms (managers need
    /// not), and support staff with a live grant when <paramref name="allowSupport"/>.
    /// </summary>
    public async Task<Result<RoomContext>> EnterForContentAsync(Guid roomId, bool allowSupport, CancellationToken ct)
    {
        var entered = await EnterAsync(roomId, allowSupport, ct);
        if (!entered.IsSuccess || entered.Value.IsManager || entered.Value.IsSupport || entered.Value.Room.TermsHash is not { } terms)
        {
            return entered;
        }

        return await db.TermsAcceptances.AcceptedAtAsync(roomId, entered.Value.Member.UserId, terms, ct) is not null
            ? entered
            : TermsNotAccepted;
    }

    public async Task<Result<RoomContext>> EnterAsManagerAsync(Guid roomId, CancellationToken ct)
    {
        var entered = await EnterAsync(roomId, ct);
        return entered.IsSuccess && !entered.Value.IsManager ? RoomRefusals.ManagersOnly : entered;
    }

    /// <summary>A manager about to change the room's content: closed and archived rooms are read-only.</summary>
    public async Task<Result<RoomContext>> EnterToChangeAsync(Guid roomId, CancellationToken ct)
    {
        var entered = await EnterAsManagerAsync(roomId, ct);
        return entered.IsSuccess && entered.Value.IsReadOnly ? RoomRefusals.ReadOnly : entered;
    }

    /// <summary>Support staff's live grant for the room; checked on every request, so expiry and revocation bite at once.</summary>
    private async Task<SupportAccessRequest?> SupportGrantAsync(Guid roomId, DateTimeOffset now, CancellationToken ct)
    {
        if (caller.Id is not { } userId || !caller.IsInRole(PlatformRoles.Support))
        {
            return null;
        }

        return await db.SupportAccessRequests.AsNoTracking()
            .Where(SupportAccessRequest.GrantedAt(now))
            .Where(r => r.RoomId == roomId && r.RequestedBy == userId)
            .OrderByDescending(r => r.ExpiresAt)
            .FirstOrDefaultAsync(ct);
    }
}
