using Microsoft.EntityFrameworkCore;
using SmartRoom.Modules.DealRooms.Persistence;

namespace SmartRoom.Modules.DealRooms.Domain;

internal sealed record TreeFolder(Guid Id, Guid? ParentId, string Name, string Index, int Position, AccessLevel Level);

internal sealed record TreeDocument(Guid Id, Guid FolderId, string Name, string Index, int Version, AccessLevel Level);

/// <summary>The numbered tree as someone sees it: only items they may at least view.</summary>
internal sealed record TreeView(IReadOnlyList<TreeFolder> Folders, IReadOnlyList<TreeDocument> Documents);

/// <summary>Builds a room's tree for a manager (everything) or a group (what its effective levels allow), in two queries.</summary>
internal sealed class RoomTree(DealRoomsDbContext db)
{
    public async Task<TreeView> BuildAsync(Guid roomId, EffectiveAccess? access, CancellationToken ct)
    {
        var folders = await db.Folders.AsNoTracking().Where(f => f.RoomId == roomId).ToListAsync(ct);
        var documents = await db.Documents.AsNoTracking().Where(d => d.RoomId == roomId)
            .Select(d => new { d.Id, d.FolderId, d.Name, d.Position, d.CurrentVersion }).ToListAsync(ct);
        var subfolders = folders.GroupBy(f => f.ParentId).ToDictionary(g => g.Key ?? Guid.Empty, g => g.Count());
        var byId = folders.ToDictionary(f => f.Id);

        var visibleFolders = folders
            .Select(f => new TreeFolder(f.Id, f.ParentId, f.Name, f.Index, f.Position, access?.OfFolder(f.Id) ?? AccessLevel.Upload))
            .Where(f => f.Level >= AccessLevel.View)
            .OrderBy(f => f.Index, IndexComparer.Instance)
            .ToList();
        var visibleDocuments = documents
            .Select(d => new TreeDocument(d.Id, d.FolderId, d.Name,
                $"{byId[d.FolderId].Index}.{subfolders.GetValueOrDefault(d.FolderId) + d.Position}", d.CurrentVersion,
                access?.OfDocument(d.Id, d.FolderId) ?? AccessLevel.Upload))
            .Where(d => d.Level >= AccessLevel.View)
            .OrderBy(d => d.Index, IndexComparer.Instance)
            .ToList();
        return new TreeView(visibleFolders, visibleDocuments);
    }

    /// <summary>"1.2" before "1.10".</summary>
    private sealed class IndexComparer : IComparer<string>
    {
        public static readonly IndexComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = x!.Split('.');
            var b = y!.Split('.');
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                var order = int.Parse(a[i], System.Globalization.CultureInfo.InvariantCulture).CompareTo(int.Parse(b[i], System.Globalization.CultureInfo.InvariantCulture));
                if (order != 0)
                {
                    return order;
                }
            }

            return a.Length.CompareTo(b.Length);
        }
    }
}
