using System.IO.Compression;
using Microsoft.Extensions.Options;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>Checks every entry of a zip against the room (paths, depth, encryption, names, permissions) and plans where it goes.</summary>
internal sealed class ZipPlanner(DealRoomsDbContext db, IOptions<DocumentOptions> options)
{
    /// <summary>Checks every entry and works out the folders to create or reuse, before a byte is decompressed.</summary>
    public async Task<Result<ZipPlan>> PlanAsync(RoomContext caller, List<Folder> folders, Folder target, EffectiveAccess? levels,
        IReadOnlyList<ZipArchiveEntry> entries, CancellationToken ct)
    {
        var limits = options.Value;
        var root = new ZipPlan.PlannedFolder(target.Id, target.Name, null, target);
        var created = new List<ZipPlan.PlannedFolder>();
        var files = new List<ZipPlan.PlannedFile>();
        foreach (var entry in entries)
        {
            var path = ZipEntryPaths.Parse(entry.FullName);
            if (path.Kind == ZipEntryKind.Unsafe)
            {
                return new Error(ErrorKind.Validation, "zip-unsafe-path", $"'{ZipPlan.Shown(entry.FullName)}': {path.Problem}. Nothing was stored.");
            }

            // Directory entries create nothing by themselves (only files bring folders); litter is left out.
            if (path.Kind is ZipEntryKind.Directory or ZipEntryKind.Junk)
            {
                continue;
            }

            if (path.Depth > limits.MaxZipDepth)
            {
                return new Error(ErrorKind.Validation, "zip-too-deep",
                    $"'{ZipPlan.Shown(entry.FullName)}' is nested deeper than {limits.MaxZipDepth} folders. Nothing was stored.");
            }

            if (entry.IsEncrypted)
            {
                return new Error(ErrorKind.Validation, "zip-encrypted",
                    $"'{ZipPlan.Shown(entry.FullName)}' is password-protected; upload a zip without encryption. Nothing was stored.");
            }

            var folder = root;
            foreach (var name in path.Folders)
            {
                if (!folder.Children.TryGetValue(name, out var child))
                {
                    // Only a subfolder the caller can see is reused; a hidden one does not exist for them (theirs goes beside it).
                    var existing = folder.Existing is null ? null
                        : folders.Where(f => f.ParentId == folder.Id && string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)
                                && (levels is null || levels.OfFolder(f.Id) >= AccessLevel.View))
                            .OrderBy(f => f.Position).FirstOrDefault();
                    if (existing is not null && levels is not null && !caller.MayUpload(levels.OfFolder(existing.Id)))
                    {
                        return Error.Forbidden("upload-not-permitted", $"You may not upload into '{ZipPlan.Shown(string.Join('/', path.Folders))}'.");
                    }

                    child = new ZipPlan.PlannedFolder(existing?.Id ?? Guid.CreateVersion7(), existing?.Name ?? name, folder, existing);
                    folder.Children[name] = child;
                    if (existing is null)
                    {
                        created.Add(child);
                    }
                }

                folder = child;
            }

            if (!folder.Names.Add(path.Name))
            {
                return Error.Conflict("document-exists", $"'{ZipPlan.Shown(entry.FullName)}' is in the zip twice (names are compared ignoring case). Nothing was stored.");
            }

            files.Add(new ZipPlan.PlannedFile(entry, folder, path.Name));
        }

        if (files.Count == 0)
        {
            return new Error(ErrorKind.Validation, "zip-empty", "The zip holds no files.");
        }

        // Names already in the folders the zip reuses — those the caller can see: a hidden document does not
        // exist for them, and a conflict over it would tell them it is there.
        var reused = files.Select(f => f.Folder).Where(f => f.Existing is not null).Select(f => f.Id).Distinct().ToList();
        var inReused = await db.Documents.AsNoTracking().Where(d => reused.Contains(d.FolderId))
            .Select(d => new { d.Id, d.FolderId, d.Name }).ToListAsync(ct);
        var byFolder = inReused.ToLookup(d => d.FolderId, d => d.Name);
        var visible = inReused.Where(d => levels is null || levels.OfDocument(d.Id, d.FolderId) >= AccessLevel.View).ToLookup(d => d.FolderId, d => d.Name);
        foreach (var file in files.Where(f => f.Folder.Existing is not null))
        {
            if (visible[file.Folder.Id].Contains(file.Name, StringComparer.OrdinalIgnoreCase))
            {
                return Error.Conflict("document-exists",
                    $"'{ZipPlan.Shown(file.Entry.FullName)}' is already in the room; upload a new version of it instead. Nothing was stored.");
            }
        }

        return new ZipPlan(files, created, byFolder.ToDictionary(g => g.Key, g => g.Count()));
    }
}
