using Microsoft.Extensions.Logging;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Features.DeleteFolder;

internal sealed partial class DeleteFolderHandler(DealRoomsDbContext db, AuditTrail audit, IBlobStore blobs, ILogger<DeleteFolderHandler> logger)
    : ICommandHandler<DeleteFolder, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(DeleteFolder command, CancellationToken cancellationToken)
    {
        var folders = await db.Folders.Where(f => f.RoomId == command.RoomId).ToListAsync(cancellationToken);
        var folder = folders.SingleOrDefault(f => f.Id == command.FolderId);
        if (folder is null)
        {
            return Error.NotFound("folder");
        }

        // The subtree, parents before children.
        var children = folders.ToLookup(f => f.ParentId);
        var doomed = new List<Folder>();
        var queue = new Queue<Folder>([folder]);
        while (queue.TryDequeue(out var current))
        {
            doomed.Add(current);
            foreach (var child in children[current.Id])
            {
                queue.Enqueue(child);
            }
        }

        var folderIds = doomed.Select(f => f.Id).ToList();
        var documents = await db.Documents.Where(d => d.RoomId == command.RoomId && folderIds.Contains(d.FolderId)).ToListAsync(cancellationToken);
        if ((doomed.Count > 1 || documents.Count > 0) && !command.Recursive)
        {
            return Error.Conflict("folder-not-empty",
                $"The folder holds {doomed.Count - 1} subfolder(s) and {documents.Count} document(s); delete it with ?recursive=true to remove them all.");
        }

        var documentIds = documents.Select(d => d.Id).ToList();
        var versions = await db.DocumentVersions.Where(v => documentIds.Contains(v.DocumentId)).ToListAsync(cancellationToken);
        var grants = await db.Permissions
            .Where(p => p.RoomId == command.RoomId
                && ((p.FolderId != null && folderIds.Contains(p.FolderId.Value)) || (p.DocumentId != null && documentIds.Contains(p.DocumentId.Value))))
            .ToListAsync(cancellationToken);

        // Deleting a version's row destroys its wrapped key: from the commit on, its blob can no longer be decrypted.
        db.DocumentVersions.RemoveRange(versions);
        db.Documents.RemoveRange(documents);
        db.Permissions.RemoveRange(grants);
        db.Folders.RemoveRange(doomed);
        FolderNumbering.Renumber(folders.Except(doomed).ToList());

        // One record per document and per folder removed, deepest folders first; the folder asked for comes last, with the counts.
        var byDocument = versions.ToLookup(v => v.DocumentId);
        foreach (var document in documents)
        {
            await audit.AppendAsync(command.RoomId, ActorKind.Manager, AuditAction.DocumentDeleted, "document", document.Id.ToString(),
                new { document.Name, folderId = document.FolderId, versions = byDocument[document.Id].Count(), withFolder = folder.Id }, cancellationToken);
        }

        foreach (var removed in Enumerable.Reverse(doomed).Where(f => f != folder))
        {
            await audit.AppendAsync(command.RoomId, ActorKind.Manager, AuditAction.FolderDeleted, "folder", removed.Id.ToString(),
                new { removed.Name, removed.Index, removed.ParentId, withFolder = folder.Id }, cancellationToken);
        }

        await audit.AppendAsync(command.RoomId, ActorKind.Manager, AuditAction.FolderDeleted, "folder", folder.Id.ToString(),
            new { folder.Name, folder.Index, folders = doomed.Count, documents = documents.Count, versions = versions.Count, grants = grants.Count },
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // After the commit: clear the keys still in memory, then remove the blobs. A blob left behind by a
        // failure here has no key anywhere any more.
        foreach (var version in versions)
        {
            Array.Clear(version.WrappedKey);
            try
            {
                blobs.Delete(version.BlobName);
            }
            catch (IOException ex)
            {
                LogBlobNotDeleted(ex, version.BlobName);
            }
            catch (UnauthorizedAccessException ex)
            {
                LogBlobNotDeleted(ex, version.BlobName);
            }
        }

        return Done.Value;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The blob {Name} of a deleted document version could not be removed; its key is gone")]
    private partial void LogBlobNotDeleted(Exception ex, string name);
}
