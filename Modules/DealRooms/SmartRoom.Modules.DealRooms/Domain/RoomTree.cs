namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>
/// Builds a room's tree for a manager (everything) or a group (what its effective levels allow), in two
/// queries and one depth-first walk that yields both lists already in index order ("1", "1.1", "1.1.1", …,
/// a folder's subfolders before its documents) — no sorting, one string per index.
/// </summary>
internal sealed class RoomTree(DealRoomsDbContext db)
{
    /// <summary>Everything, as a manager sees it.</summary>
    public Task<TreeView> BuildAsync(Guid roomId, CancellationToken ct) => BuildAsync(roomId, _ => Task.FromResult<EffectiveAccess?>(null), ct);

    /// <param name="accessFor">The levels to show, from the room's folders (read once, here); null for everything.</param>
    public async Task<TreeView> BuildAsync(Guid roomId, Func<IReadOnlyCollection<Folder>, Task<EffectiveAccess?>> accessFor, CancellationToken ct)
    {
        var folders = await db.Folders.AsNoTracking().Where(f => f.RoomId == roomId).ToListAsync(ct);
        var access = await accessFor(folders);
        var documents = await db.Documents.AsNoTracking().Where(d => d.RoomId == roomId)
            .Select(d => new DocumentRow(d.Id, d.FolderId, d.Name, d.Position, d.CurrentVersion)).ToListAsync(ct);
        var subfolders = folders.ToLookup(f => f.ParentId);
        var contents = documents.ToLookup(d => d.FolderId);
        var visibleFolders = new List<TreeFolder>(folders.Count);
        var visibleDocuments = new List<TreeDocument>(documents.Count);
        Walk(null, "");
        return new TreeView(visibleFolders, visibleDocuments);

        void Walk(Guid? parentId, string prefix)
        {
            var children = subfolders[parentId].OrderBy(f => f.Position).ThenBy(f => f.Id).ToList();
            var number = 0;
            foreach (var folder in children)
            {
                var index = prefix.Length == 0 ? Number(++number) : string.Concat(prefix, ".", Number(++number));
                var level = access?.OfFolder(folder.Id) ?? AccessLevel.Upload;
                if (level >= AccessLevel.View)
                {
                    visibleFolders.Add(new TreeFolder(folder.Id, folder.ParentId, folder.Name, index, folder.Position, level));
                }

                Walk(folder.Id, index);
            }

            if (parentId is not { } folderId)
            {
                return;
            }

            // Documents are numbered after their folder's subfolders.
            foreach (var document in contents[folderId].OrderBy(d => d.Position).ThenBy(d => d.Id))
            {
                var level = access?.OfDocument(document.Id, folderId) ?? AccessLevel.Upload;
                if (level >= AccessLevel.View)
                {
                    visibleDocuments.Add(new TreeDocument(document.Id, folderId, document.Name,
                        string.Concat(prefix, ".", Number(children.Count + document.Position)), document.Version, level));
                }
            }
        }
    }

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed record DocumentRow(Guid Id, Guid FolderId, string Name, int Position, int Version);
}
