using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Persistence;

namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>
/// The caller inside one room: their membership, or — for support staff — the grant that let them in
/// (then <see cref="Member"/> stands for them as a groupless Viewer). Anyone else never gets one, and the
/// room does not exist for them.
/// </summary>
internal sealed record RoomContext(Room Room, Member Member, SupportAccessRequest? SupportGrant = null)
{
    public bool IsSupport => SupportGrant is not null;

    public bool IsManager => !IsSupport && Member.Role == RoomRole.Manager;

    /// <summary>How the caller is flagged in the audit trail.</summary>
    public ActorKind ActorKind => IsSupport ? ActorKind.Support : IsManager ? ActorKind.Manager : ActorKind.Member;

    /// <summary>Closed and archived rooms change no more until reopened.</summary>
    public bool IsReadOnly => Room.Status is RoomStatus.Closed or RoomStatus.Archived;

    /// <summary>Managers upload anywhere; Contributors where their group has Upload; Viewers and support never.</summary>
    public bool MayUpload(AccessLevel level) => IsManager || (!IsSupport && Member.Role == RoomRole.Contributor && level >= AccessLevel.Upload);

    /// <summary>
    /// Why the caller may not add content to a folder or document on which they hold <paramref name="level"/>
    /// (null: they may) — 404 for what they cannot see (<paramref name="target"/>: "folder", "document"),
    /// 403 <c>upload-not-permitted</c>, 409 in a closed room.
    /// </summary>
    public Error? RefuseUpload(AccessLevel level, string target) =>
        level < AccessLevel.View ? Error.NotFound(target)
        : !MayUpload(level) ? Error.Forbidden("upload-not-permitted", $"You may not add content to this {target}.")
        : IsReadOnly ? RoomAccess.ReadOnly
        : null;
}

/// <summary>
/// Answers "may the caller see this room, and as what?" — 404 for anyone who is neither an active member
/// nor support staff holding a live grant. Non-managers must also come from the room's IP allow-list, and
/// open content only after accepting the room's current terms.
/// </summary>
internal sealed class RoomAccess(DealRoomsDbContext db, ICurrentUser caller, TimeProvider clock, LastSeenRecorder seen)
{
    public static readonly Error NotFound = Error.NotFound("deal room");

    public static readonly Error ManagersOnly = Error.Forbidden("room-managers-only", "Only the room's managers may do this.");

    public static readonly Error ReadOnly = Error.Conflict("room-read-only", "The room is closed: nothing in it can change until it is reopened.");

    public static readonly Error TermsNotAccepted = Error.Forbidden("terms-not-accepted",
        "Read and accept the room's terms (GET and POST …/terms/accept) before opening its content.");

    public static readonly Error AddressNotAllowed = Error.Forbidden("ip-not-allowed",
        "The room admits its members only from the networks its managers listed; this address is not among them.");

    /// <summary>Not being able to enter the room reads as <paramref name="what"/> not being found; other refusals stay as they are.</summary>
    public static Error NotFoundAs(Error refusal, string what) => refusal == NotFound ? Error.NotFound(what) : refusal;

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
            return NotFound;
        }

        RoomContext entered;
        if (found.Member is { } member && member.IsActive(now))
        {
            // Archived rooms are visible to their managers only.
            if (found.Room.Status == RoomStatus.Archived && member.Role != RoomRole.Manager)
            {
                return NotFound;
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
            return NotFound;
        }

        if (!entered.IsManager && !IpAllowList.Admits(found.Room.IpAllowList, caller.IpAddress))
        {
            return AddressNotAllowed;
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
        return entered.IsSuccess && !entered.Value.IsManager ? ManagersOnly : entered;
    }

    /// <summary>A manager about to change the room's content: closed and archived rooms are read-only.</summary>
    public async Task<Result<RoomContext>> EnterToChangeAsync(Guid roomId, CancellationToken ct)
    {
        var entered = await EnterAsManagerAsync(roomId, ct);
        return entered.IsSuccess && entered.Value.IsReadOnly ? ReadOnly : entered;
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

/// <summary>
/// A room always keeps a manager who can act: an active one whose access does not expire. The last such
/// manager cannot be removed, demoted or given an access expiry (409 <c>last-manager</c>).
/// </summary>
internal static class LastManagerRule
{
    public static readonly Error Refusal = Error.Conflict("last-manager",
        "A room keeps at least one active manager whose access does not expire; make someone else such a manager first.");

    /// <summary>Whether someone other than <paramref name="userId"/> is an active manager without an access expiry.</summary>
    public static Task<bool> AnotherManagerStaysAsync(DealRoomsDbContext db, Guid roomId, Guid userId, DateTimeOffset now, CancellationToken ct) =>
        db.Members.Where(Member.ActiveAt(now))
            .AnyAsync(m => m.RoomId == roomId && m.UserId != userId && m.Role == RoomRole.Manager && m.AccessExpiresAt == null, ct);
}

internal static class TermsAcceptanceQueries
{
    /// <summary>When the member last accepted this exact text of the room's terms (null: never).</summary>
    public static Task<DateTimeOffset?> AcceptedAtAsync(this IQueryable<TermsAcceptance> acceptances, Guid roomId, Guid userId, string termsHash, CancellationToken ct) =>
        acceptances.AsNoTracking()
            .Where(t => t.RoomId == roomId && t.UserId == userId && t.TermsHash == termsHash)
            .OrderByDescending(t => t.AcceptedAt).Select(t => (DateTimeOffset?)t.AcceptedAt).FirstOrDefaultAsync(ct);
}

/// <summary>A room's IP allow-list: CIDR ranges, one per line; empty admits every address.</summary>
internal static class IpAllowList
{
    public static bool TryParse(IEnumerable<string> ranges, out IReadOnlyList<System.Net.IPNetwork> networks, out string? invalid)
    {
        var parsed = new List<System.Net.IPNetwork>();
        foreach (var range in ranges)
        {
            var text = range.Trim();
            // A bare address is a range of one.
            if (!System.Net.IPNetwork.TryParse(text, out var network))
            {
                if (System.Net.IPAddress.TryParse(text, out var single))
                {
                    network = new System.Net.IPNetwork(single, single.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
                }
                else
                {
                    networks = [];
                    invalid = range;
                    return false;
                }
            }

            parsed.Add(network);
        }

        networks = parsed;
        invalid = null;
        return true;
    }

    public static string Format(IEnumerable<System.Net.IPNetwork> networks) => string.Join('\n', networks.Select(n => n.ToString()));

    public static IReadOnlyList<string> Ranges(string stored) => stored.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static bool Admits(string stored, string? address)
    {
        if (stored.Length == 0)
        {
            return true;
        }

        if (!System.Net.IPAddress.TryParse(address, out var ip))
        {
            return false;
        }

        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }

        return TryParse(Ranges(stored), out var networks, out _) && networks.Any(n => n.Contains(ip));
    }
}

/// <summary>Who is told of a new document: <see cref="Named"/> with its name and index, <see cref="Unnamed"/> only that documents were added.</summary>
internal sealed record DocumentAudience(IReadOnlyList<Contracts.RoomRecipient> Named, IReadOnlyList<Contracts.RoomRecipient> Unnamed);

/// <summary>The effective levels of the caller's group in a room (managers: everything).</summary>
internal sealed class RoomPermissions(DealRoomsDbContext db)
{
    /// <param name="folders">The room's folders when the caller has them already (else they are read).</param>
    public async Task<EffectiveAccess> ForGroupAsync(Guid roomId, Guid? groupId, CancellationToken ct, IReadOnlyCollection<Folder>? folders = null)
    {
        folders ??= await db.Folders.AsNoTracking().Where(f => f.RoomId == roomId).ToListAsync(ct);
        var grants = groupId is null
            ? []
            : await db.Permissions.AsNoTracking().Where(p => p.RoomId == roomId && p.GroupId == groupId).ToListAsync(ct);
        return new EffectiveAccess(folders, grants);
    }

    /// <summary>The caller's level on a document: Upload for managers, View for support, their group's effective level otherwise.</summary>
    public async Task<AccessLevel> OnDocumentAsync(RoomContext caller, Document document, CancellationToken ct) =>
        caller.IsManager ? AccessLevel.Upload
            : caller.IsSupport ? AccessLevel.View
            : (await ForGroupAsync(caller.Room.Id, caller.Member.GroupId, ct)).OfDocument(document.Id, document.FolderId);

    /// <summary>
    /// Who hears of a new document or version: active members who may at least view it (managers always), but
    /// <paramref name="except"/>. Only those who could open it now are told its name — managers, and members
    /// who accepted the room's current terms (if it has any) in a room without an IP allow-list (where a
    /// member will be when the notice arrives cannot be known); the others hear only that documents were added.
    /// </summary>
    public async Task<DocumentAudience> AudienceAsync(Room room, Guid documentId, Guid folderId, Guid except, DateTimeOffset now, CancellationToken ct)
    {
        var members = await db.Members.AsNoTracking().Where(Member.ActiveAt(now)).Where(m => m.RoomId == room.Id && m.UserId != except).ToListAsync(ct);
        var folders = await db.Folders.AsNoTracking().Where(f => f.RoomId == room.Id).ToListAsync(ct);
        var grants = (await db.Permissions.AsNoTracking().Where(p => p.RoomId == room.Id).ToListAsync(ct)).ToLookup(p => p.GroupId);
        var accepted = room.TermsHash is { } terms
            ? (await db.TermsAcceptances.AsNoTracking().Where(t => t.RoomId == room.Id && t.TermsHash == terms).Select(t => t.UserId).Distinct().ToListAsync(ct))
                .ToHashSet()
            : null;
        var levels = new Dictionary<Guid, AccessLevel>();
        var audience = members
            .Where(m => m.Role == RoomRole.Manager || (m.GroupId is { } g && LevelOf(g) >= AccessLevel.View))
            .ToLookup(m => m.Role == RoomRole.Manager || (room.IpAllowList.Length == 0 && (accepted is null || accepted.Contains(m.UserId))),
                m => new Contracts.RoomRecipient(m.UserId, m.Email, m.DisplayName));
        return new DocumentAudience(audience[true].ToList(), audience[false].ToList());

        AccessLevel LevelOf(Guid groupId)
        {
            if (!levels.TryGetValue(groupId, out var level))
            {
                level = levels[groupId] = new EffectiveAccess(folders, grants[groupId].ToList()).OfDocument(documentId, folderId);
            }

            return level;
        }
    }

    /// <summary>Managers of the room who are active: who decides and who is told.</summary>
    public async Task<IReadOnlyList<Contracts.RoomRecipient>> ManagersAsync(Guid roomId, DateTimeOffset now, CancellationToken ct) =>
        await db.Members.AsNoTracking().Where(Member.ActiveAt(now)).Where(m => m.RoomId == roomId && m.Role == RoomRole.Manager)
            .Select(m => new Contracts.RoomRecipient(m.UserId, m.Email, m.DisplayName)).ToListAsync(ct);

    /// <summary>What the caller sees of the tree: null (everything) for managers, all of it at View for support, their group's levels otherwise.</summary>
    public async Task<EffectiveAccess?> ForCallerAsync(RoomContext caller, CancellationToken ct, IReadOnlyCollection<Folder>? folders = null) =>
        caller.IsManager ? null
            : caller.IsSupport ? EffectiveAccess.Everything(AccessLevel.View)
            : await ForGroupAsync(caller.Room.Id, caller.Member.GroupId, ct, folders);
}

/// <summary>
/// Appends to a room's hash-chained audit trail in the same unit of work as the change it records. The
/// record takes its place in the chain when the unit of work is saved (<see cref="DealRoomsDbContext"/>).
/// </summary>
internal sealed class AuditTrail(DealRoomsDbContext db, ICurrentUser caller, TimeProvider clock)
{
    private static long _appended;

    public Task AppendAsync(Guid roomId, ActorKind actorKind, AuditAction action, string targetType, string? targetId, object? details, CancellationToken ct)
    {
        // Millisecond precision: what every provider stores exactly, so the hash recomputes after a round trip.
        var occurredAt = AuditChain.ToMilliseconds(clock.GetUtcNow());
        var ua = caller.UserAgentToStore();
        db.AuditRecords.Add(new AuditRecord
        {
            Id = Guid.CreateVersion7(),
            RoomId = roomId,
            AppendOrder = Interlocked.Increment(ref _appended),
            OccurredAt = occurredAt,
            ActorId = caller.Id,
            ActorKind = actorKind,
            Action = action.Name,
            TargetType = targetType,
            TargetId = targetId,
            IpAddress = caller.IpAddress,
            UserAgent = ua,
            Details = AuditChain.Canonical(details),
        });
        return Task.CompletedTask;
    }

    /// <summary>Appends as whoever the caller is in the room (member, manager or support).</summary>
    public Task AppendAsync(RoomContext caller, AuditAction action, string targetType, string? targetId, object? details, CancellationToken ct) =>
        AppendAsync(caller.Room.Id, caller.ActorKind, action, targetType, targetId, details, ct);

    /// <summary>Support staff are on the record for everything they look at: their reads are recorded (and saved) at once; others' are not.</summary>
    public async Task RecordSupportReadAsync(RoomContext caller, AuditAction action, string targetType, string? targetId, CancellationToken ct)
    {
        if (!caller.IsSupport)
        {
            return;
        }

        await AppendAsync(caller, action, targetType, targetId, new { }, ct);
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Index numbers of a room's folder tree: "1", "1.1", "1.2.3" from each folder's place among its siblings.</summary>
internal static class FolderNumbering
{
    /// <summary>The longest index number stored (the column's length): a tree that would need longer ones is too deep.</summary>
    public const int MaxIndexLength = 100;

    public static readonly Error TooDeep = Error.Conflict("folder-too-deep",
        $"The folder tree would be too deep here: index numbers are limited to {MaxIndexLength} characters.");

    /// <summary>Renumbers, and answers <see cref="TooDeep"/> when an index number would not fit (the caller then saves nothing).</summary>
    public static Error? RenumberWithin(IReadOnlyCollection<Folder> folders)
    {
        Renumber(folders);
        return folders.Any(f => f.Index.Length > MaxIndexLength) ? TooDeep : null;
    }

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
