using SmartRoom.Modules.DealRooms.Contracts;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// The rules of Messaging's copy of membership, shared by the membership events and the snapshots that rebuild
/// it: each group of facts changes only when what arrives is at least as new as what set it last.
/// </summary>
internal sealed class MembershipCopy(MessagingDbContext db, RoomKeys keys)
{
    /// <summary>The room's copy, made (with its data key) when Messaging first hears of it; added to the unit of work.</summary>
    public async Task<RoomCopy> RoomAsync(Guid roomId, CancellationToken ct)
    {
        var room = db.Rooms.Local.FirstOrDefault(r => r.Id == roomId) ?? await db.Rooms.FindAsync([roomId], ct);
        if (room is null)
        {
            room = new RoomCopy { Id = roomId };
            db.Rooms.Add(room);
            await keys.EnsureAsync(roomId, ct);
        }

        return room;
    }

    public static void Name(RoomCopy room, string name, DateTimeOffset at)
    {
        if (at >= room.NameUpdatedAt && name.Length > 0)
        {
            room.Name = name;
            room.NameUpdatedAt = at;
            room.Version++;
        }
    }

    public static void Status(RoomCopy room, string status, DateTimeOffset at)
    {
        if (at < room.StatusUpdatedAt)
        {
            return;
        }

        if (status is RoomStatusNames.Closed or RoomStatusNames.Archived)
        {
            room.ClosedAt ??= at;
        }
        else
        {
            room.ClosedAt = null;
        }

        room.Status = status;
        room.StatusUpdatedAt = at;
        room.Version++;
    }

    public static void AccessRules(RoomCopy room, string ipAllowList, DateTimeOffset at)
    {
        if (at >= room.IpAllowListUpdatedAt)
        {
            room.IpAllowList = ipAllowList;
            room.IpAllowListUpdatedAt = at;
            room.Version++;
        }
    }

    public async Task<MemberCopy> MemberAsync(Guid roomId, Guid userId, CancellationToken ct)
    {
        var member = db.Members.Local.FirstOrDefault(m => m.RoomId == roomId && m.UserId == userId)
            ?? await db.Members.FindAsync([roomId, userId], ct);
        if (member is null)
        {
            member = new MemberCopy { RoomId = roomId, UserId = userId, ChangedAt = DateTimeOffset.MinValue };
            db.Members.Add(member);
        }

        return member;
    }

    /// <summary>Applies one member's state as of <paramref name="at"/> unless a newer event set it already.</summary>
    public static void Apply(MemberCopy member, DateTimeOffset at, string role, Guid? groupId, DateTimeOffset? accessExpiresAt, DateTimeOffset? removedAt,
        string? email = null, string? displayName = null)
    {
        member.Version++;
        if (email is { Length: > 0 })
        {
            member.Email = email;
        }

        if (displayName is { Length: > 0 })
        {
            member.DisplayName = displayName;
        }

        if (at < member.ChangedAt)
        {
            return;
        }

        member.Role = role;
        member.GroupId = groupId;
        member.AccessExpiresAt = accessExpiresAt;
        member.RemovedAt = removedAt;
        member.ChangedAt = at;
    }

    public static void Removed(MemberCopy member, DateTimeOffset at)
    {
        if (at < member.ChangedAt)
        {
            return;
        }

        member.RemovedAt = at;
        member.ChangedAt = at;
        member.Version++;
    }

    public async Task GroupAsync(Guid roomId, Guid groupId, string name, CancellationToken ct)
    {
        var group = db.Groups.Local.FirstOrDefault(g => g.RoomId == roomId && g.GroupId == groupId)
            ?? await db.Groups.FindAsync([roomId, groupId], ct);
        if (group is null)
        {
            db.Groups.Add(new GroupCopy { RoomId = roomId, GroupId = groupId, Name = name });
        }
        else
        {
            group.Name = name;
        }
    }

    public async Task SupportGrantAsync(Guid roomId, Guid requestId, RoomRecipient support, DateTimeOffset? expiresAt, bool? mayReadMessages,
        DateTimeOffset? revokedAt, CancellationToken ct)
    {
        var grant = db.SupportGrants.Local.FirstOrDefault(g => g.RequestId == requestId) ?? await db.SupportGrants.FindAsync([requestId], ct);
        if (grant is null)
        {
            grant = new SupportGrantCopy { RequestId = requestId, RoomId = roomId, UserId = support.UserId };
            db.SupportGrants.Add(grant);
        }

        grant.Version++;
        grant.Email = support.Email;
        grant.DisplayName = support.DisplayName;
        if (expiresAt is { } expires)
        {
            grant.ExpiresAt = expires;
        }

        if (mayReadMessages is { } may)
        {
            grant.MayReadMessages = may;
        }

        // A revocation stays whatever arrives after it.
        grant.RevokedAt ??= revokedAt;
    }
}
