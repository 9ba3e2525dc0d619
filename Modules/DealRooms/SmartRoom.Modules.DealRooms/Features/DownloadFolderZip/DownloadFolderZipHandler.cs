using SmartRoom.Modules.DealRooms.Documents;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.DownloadFolderZip;

internal sealed class DownloadFolderZipHandler(
    EnteredRoom entered,
    RoomPermissions permissions,
    DealRoomsDbContext db,
    DocumentRelease release,
    AuditTrail audit) : ICommandHandler<DownloadFolderZip, Result<FolderArchive>>
{
    public async ValueTask<Result<FolderArchive>> Handle(DownloadFolderZip command, CancellationToken cancellationToken)
    {
        var caller = entered.Context;
        var folders = await db.Folders.AsNoTracking().Where(f => f.RoomId == command.RoomId).ToListAsync(cancellationToken);
        var levels = await permissions.ForCallerAsync(caller, cancellationToken, folders);
        var root = folders.SingleOrDefault(f => f.Id == command.FolderId);
        if (root is null || (levels?.OfFolder(root.Id) ?? AccessLevel.Upload) < AccessLevel.View)
        {
            return Error.NotFound("folder");
        }

        // The subtree through visible folders only: a hidden folder hides everything below it here.
        var children = folders.ToLookup(f => f.ParentId);
        var paths = new Dictionary<Guid, string> { [root.Id] = Segment(root.Index, root.Name) };
        var order = new List<Folder>();
        var stack = new Stack<Folder>([root]);
        while (stack.TryPop(out var folder))
        {
            order.Add(folder);
            foreach (var child in children[folder.Id].OrderByDescending(f => f.Position))
            {
                if ((levels?.OfFolder(child.Id) ?? AccessLevel.Upload) >= AccessLevel.View)
                {
                    paths[child.Id] = $"{paths[folder.Id]}/{Segment(child.Index, child.Name)}";
                    stack.Push(child);
                }
            }
        }

        var folderIds = paths.Keys.ToList();
        var candidates = await (
                from d in db.Documents.AsNoTracking()
                where d.RoomId == command.RoomId && folderIds.Contains(d.FolderId)
                join v in db.DocumentVersions.AsNoTracking() on new { Id = d.Id, Version = d.CurrentVersion } equals new { Id = v.DocumentId, v.Version }
                select new { d.Id, d.FolderId, d.Name, d.Position, Version = v })
            .ToListAsync(cancellationToken);
        var byId = folders.ToDictionary(f => f.Id);
        var documents = candidates
            .Where(d => (levels?.OfDocument(d.Id, d.FolderId) ?? AccessLevel.Upload) >= AccessLevel.Download)
            .Select(d =>
            {
                // The tree's numbering: a document comes after all of its folder's subfolders.
                var index = $"{byId[d.FolderId].Index}.{children[d.FolderId].Count() + d.Position}";
                return new ArchiveDocument(d.Id, $"{paths[d.FolderId]}/{Segment(index, d.Name)}", d.FolderId, d.Position, d.Version);
            })
            .ToList();
        var inFolder = documents.ToLookup(d => d.FolderId);
        var items = new List<ArchiveItem>();
        foreach (var folder in order)
        {
            items.Add(new ArchiveItem(paths[folder.Id] + "/", null));
            items.AddRange(inFolder[folder.Id].OrderBy(d => d.Position).Select(d => new ArchiveItem(d.Path, d)));
        }

        await audit.AppendAsync(caller, AuditAction.FolderDownloaded, "folder", root.Id.ToString(),
            new
            {
                root.Name,
                root.Index,
                documents = documents.Select(d => new { id = d.Id, version = d.Version.Version }).ToList(),
                count = documents.Count,
                size = documents.Sum(d => d.Version.Size),
            }, cancellationToken);
        foreach (var document in documents)
        {
            await audit.AppendAsync(caller, AuditAction.DocumentDownloaded, "document", document.Id.ToString(),
                new
                {
                    version = document.Version.Version,
                    range = (string?)null,
                    size = document.Version.Size,
                    viaZip = true,
                    watermarked = DocumentRelease.Stamps(caller, document.Version, ReleaseKind.Download),
                }, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new FolderArchive($"{root.Name}.zip", items, caller, release);
    }

    private static string Segment(string index, string name) => ZipEntryPaths.Segment($"{index} {name}");
}
