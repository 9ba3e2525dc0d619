namespace SmartRoom.Modules.DealRooms.Domain;

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
