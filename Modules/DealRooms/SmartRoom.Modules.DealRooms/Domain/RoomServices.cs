using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Persistence;

namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>The caller inside one room: their membership, or nothing (and then the room does not exist for them).</summary>
internal sealed record RoomContext(Room Room, Member Member)
{
    public bool IsManager => Member.Role == RoomRole.Manager;

    /// <summary>Closed and archived rooms change no more until reopened.</summary>
    public bool IsReadOnly => Room.Status is RoomStatus.Closed or RoomStatus.Archived;

    /// <summary>Managers upload anywhere; Contributors where their group has Upload; Viewers never.</summary>
    public bool MayUpload(AccessLevel level) => IsManager || (Member.Role == RoomRole.Contributor && level >= AccessLevel.Upload);
}

/// <summary>Answers "may the caller see this room, and as what?" — 404 for anyone who is not an active member.</summary>
internal sealed class RoomAccess(DealRoomsDbContext db, ICurrentUser caller, TimeProvider clock)
{
    public static readonly Error NotFound = Error.NotFound("deal room");

    public static readonly Error ManagersOnly = Error.Forbidden("room-managers-only", "Only the room's managers may do this.");

    public static readonly Error ReadOnly = Error.Conflict("room-read-only", "The room is closed: nothing in it can change until it is reopened.");

    public async Task<Result<RoomContext>> EnterAsync(Guid roomId, CancellationToken ct)
    {
        var userId = caller.Id;
        var found = await db.Rooms
            .Where(r => r.Id == roomId)
            .Select(r => new { Room = r, Member = db.Members.SingleOrDefault(m => m.RoomId == r.Id && m.UserId == userId) })
            .SingleOrDefaultAsync(ct);
        if (found?.Member is null || !found.Member.IsActive(clock.GetUtcNow()))
        {
            return NotFound;
        }

        // Archived rooms are visible to their managers only.
        if (found.Room.Status == RoomStatus.Archived && found.Member.Role != RoomRole.Manager)
        {
            return NotFound;
        }

        return new RoomContext(found.Room, found.Member);
    }

    public async Task<Result<RoomContext>> EnterAsManagerAsync(Guid roomId, CancellationToken ct)
    {
        var entered = await EnterAsync(roomId, ct);
        return entered.IsSuccess && !entered.Value.IsManager ? ManagersOnly : entered;
    }

    /// <summary>A manager about to change the room's content: closed and archived rooms are read-only.</summary>
    public async Task<Result<RoomContext>> EnterToChangeAsync(Guid roomId, CancellationToken ct)
    {
        var entered = await EnterAsManagerAsync(roomId, ct);
        return entered.IsSuccess && entered.Value.IsReadOnly ? ReadOnly : entered;
    }
}

/// <summary>The effective levels of the caller's group in a room (managers: everything).</summary>
internal sealed class RoomPermissions(DealRoomsDbContext db)
{
    public async Task<EffectiveAccess> ForGroupAsync(Guid roomId, Guid? groupId, CancellationToken ct)
    {
        var folders = await db.Folders.AsNoTracking().Where(f => f.RoomId == roomId).ToListAsync(ct);
        var grants = groupId is null
            ? []
            : await db.Permissions.AsNoTracking().Where(p => p.RoomId == roomId && p.GroupId == groupId).ToListAsync(ct);
        return new EffectiveAccess(folders, grants);
    }

    /// <summary>The caller's level on a document: Upload for managers, their group's effective level otherwise.</summary>
    public async Task<AccessLevel> OnDocumentAsync(RoomContext caller, Document document, CancellationToken ct) =>
        caller.IsManager ? AccessLevel.Upload
            : (await ForGroupAsync(caller.Room.Id, caller.Member.GroupId, ct)).OfDocument(document.Id, document.FolderId);
}

/// <summary>Appends to a room's hash-chained audit trail in the same unit of work as the change it records.</summary>
internal sealed class AuditTrail(DealRoomsDbContext db, ICurrentUser caller, TimeProvider clock)
{
    public async Task AppendAsync(Guid roomId, ActorKind actorKind, string action, string targetType, string? targetId, object? details, CancellationToken ct)
    {
        // Records appended earlier in this unit of work come first.
        var pending = db.ChangeTracker.Entries<AuditRecord>()
            .Where(e => e.State == EntityState.Added && e.Entity.RoomId == roomId)
            .Select(e => e.Entity)
            .OrderByDescending(r => r.Seq)
            .FirstOrDefault();
        var last = pending is not null
            ? new { pending.Seq, pending.Hash }
            : await db.AuditRecords.AsNoTracking().Where(r => r.RoomId == roomId).OrderByDescending(r => r.Seq)
                .Select(r => new { r.Seq, r.Hash }).FirstOrDefaultAsync(ct);
        var seq = (last?.Seq ?? 0) + 1;
        var prev = last?.Hash ?? AuditChain.Genesis;
        // Millisecond precision: what every provider stores exactly, so the hash recomputes after a round trip.
        var now = clock.GetUtcNow();
        var occurredAt = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        var ua = caller.UserAgent is { Length: > 512 } long_ ? long_[..512] : caller.UserAgent;
        var canonical = AuditChain.Canonical(details);
        db.AuditRecords.Add(new AuditRecord
        {
            Id = Guid.CreateVersion7(),
            RoomId = roomId,
            Seq = seq,
            OccurredAt = occurredAt,
            ActorId = caller.Id,
            ActorKind = actorKind,
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            IpAddress = caller.IpAddress,
            UserAgent = ua,
            Details = canonical,
            PrevHash = prev,
            Hash = AuditChain.HashOf(prev, seq, roomId, occurredAt, caller.Id, actorKind, action, targetType, targetId, caller.IpAddress, ua, canonical),
        });
    }
}

/// <summary>Index numbers of a room's folder tree: "1", "1.1", "1.2.3" from each folder's place among its siblings.</summary>
internal static class FolderNumbering
{
    public static void Renumber(IReadOnlyCollection<Folder> folders)
    {
        var children = folders.ToLookup(f => f.ParentId);
        Walk(null, "");

        void Walk(Guid? parentId, string prefix)
        {
            var position = 0;
            foreach (var folder in children[parentId].OrderBy(f => f.Position).ThenBy(f => f.Id))
            {
                folder.Position = ++position;
                folder.Index = prefix.Length == 0 ? $"{position}" : $"{prefix}.{position}";
                Walk(folder.Id, folder.Index);
            }
        }
    }
}
