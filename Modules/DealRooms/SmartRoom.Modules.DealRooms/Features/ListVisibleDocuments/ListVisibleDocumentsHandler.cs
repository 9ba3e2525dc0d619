using SmartRoom.Modules.DealRooms.Contracts;

namespace SmartRoom.Modules.DealRooms.Features.ListVisibleDocuments;

internal sealed class ListVisibleDocumentsHandler(DealRoomsDbContext db, RoomPermissions permissions, TimeProvider clock)
    : IQueryHandler<ListVisibleDocuments, Result<DocumentAccessAnswer>>
{
    private static readonly DocumentAccessAnswer Nothing = new([]);

    public async ValueTask<Result<DocumentAccessAnswer>> Handle(ListVisibleDocuments query, CancellationToken cancellationToken)
    {
        var ids = query.DocumentIds.Distinct().Take(200).ToList();
        if (ids.Count == 0)
        {
            return Nothing;
        }

        var now = clock.GetUtcNow();
        var member = await db.Members.AsNoTracking().Where(Member.ActiveAt(now))
            .SingleOrDefaultAsync(m => m.RoomId == query.RoomId && m.UserId == query.UserId, cancellationToken);
        var room = await db.Rooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.RoomId, cancellationToken);
        if (member is null || room is null || (room.Status == RoomStatus.Archived && member.Role != RoomRole.Manager))
        {
            return Nothing;
        }

        var documents = await db.Documents.AsNoTracking().Where(d => d.RoomId == query.RoomId && ids.Contains(d.Id)).ToListAsync(cancellationToken);
        if (documents.Count == 0)
        {
            return Nothing;
        }

        var folders = await db.Folders.AsNoTracking().Where(f => f.RoomId == query.RoomId).ToListAsync(cancellationToken);
        var access = member.Role == RoomRole.Manager ? null : await permissions.ForGroupAsync(query.RoomId, member.GroupId, cancellationToken, folders);
        var byId = folders.ToDictionary(f => f.Id);
        var subfolders = folders.Where(f => f.ParentId is not null).GroupBy(f => f.ParentId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var visible = documents
            .Where(d => access is null || access.OfDocument(d.Id, d.FolderId) >= AccessLevel.View)
            .Where(d => byId.ContainsKey(d.FolderId))
            .Select(d => new VisibleDocument(d.Id, d.Name, DocumentIndex.Of(byId[d.FolderId], subfolders.GetValueOrDefault(d.FolderId), d.Position)))
            .ToList();
        return new DocumentAccessAnswer(visible);
    }
}
