using System.IO.Compression;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wolverine.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Documents;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.UploadZip;

internal sealed class UploadZipHandler(
    EnteredRoom entered,
    RoomPermissions permissions,
    IDbContextOutbox<DealRoomsDbContext> outbox,
    DocumentWriter writer,
    IBlobStore blobs,
    AuditTrail audit,
    IOptions<DocumentOptions> options,
    TimeProvider clock) : ICommandHandler<UploadZip, Result<ZipUploaded>>
{
    public async ValueTask<Result<ZipUploaded>> Handle(UploadZip command, CancellationToken cancellationToken)
    {
        var caller = entered.Context;
        var db = outbox.DbContext;
        var folders = await db.Folders.Where(f => f.RoomId == command.RoomId).ToListAsync(cancellationToken);
        var target = folders.SingleOrDefault(f => f.Id == command.FolderId);
        var levels = caller.IsManager ? null : await permissions.ForGroupAsync(command.RoomId, caller.Member.GroupId, cancellationToken, folders);
        var level = target is null ? AccessLevel.None : levels?.OfFolder(target.Id) ?? AccessLevel.Upload;
        var refused = caller.RefuseUpload(level, "folder");
        if (target is null || refused is not null)
        {
            return refused ?? Error.NotFound("folder");
        }

        SpooledUpload spooled;
        try
        {
            spooled = await EncryptedSpool.SpoolAsync(blobs, command.Content, options.Value.MaxUploadBytes, cancellationToken);
        }
        catch (PayloadTooLargeException ex)
        {
            return ZipLimits.TooLarge(ex.Message);
        }

        await using (spooled)
        {
            return await UnpackAsync(command, caller, folders, target, levels, spooled, cancellationToken);
        }
    }

    private async Task<Result<ZipUploaded>> UnpackAsync(UploadZip command, RoomContext caller, List<Folder> folders, Folder target, EffectiveAccess? levels,
        SpooledUpload spooled, CancellationToken ct)
    {
        var limits = options.Value;
        var declared = await ZipLimits.DeclaredEntryCountAsync(spooled.Content, ct);
        if (declared is null)
        {
            return ZipLimits.Invalid("The file is not a zip archive.");
        }

        if (declared > limits.MaxZipEntries)
        {
            return ZipLimits.TooLarge($"The zip holds more than {limits.MaxZipEntries} entries.");
        }

        spooled.Content.Position = 0;
        ZipArchive archive;
        try
        {
            archive = await ZipArchive.CreateAsync(spooled.Content, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, ct);
        }
        catch (InvalidDataException)
        {
            return ZipLimits.Invalid("The file is not a readable zip archive.");
        }

        await using (archive)
        {
            IReadOnlyList<ZipArchiveEntry> entries;
            try
            {
                entries = archive.Entries;
            }
            catch (InvalidDataException)
            {
                return ZipLimits.Invalid("The zip's directory is damaged.");
            }

            if (entries.Count > limits.MaxZipEntries)
            {
                return ZipLimits.TooLarge($"The zip holds more than {limits.MaxZipEntries} entries.");
            }

            var plan = await PlanAsync(command, caller, folders, target, levels, entries, ct);
            if (!plan.IsSuccess)
            {
                return plan.Error;
            }

            var stored = new List<StoredContent>();
            try
            {
                var written = await WriteAsync(plan.Value, stored, ct);
                if (written is not null)
                {
                    Discard(stored);
                    return written;
                }

                return await SaveAsync(command, caller, folders, plan.Value, stored, spooled, ct);
            }
            catch
            {
                Discard(stored); // no row, so no blob either
                throw;
            }
        }
    }

    /// <summary>Checks every entry and works out the folders to create or reuse, before a byte is decompressed.</summary>
    private async Task<Result<Plan>> PlanAsync(UploadZip command, RoomContext caller, List<Folder> folders, Folder target, EffectiveAccess? levels,
        IReadOnlyList<ZipArchiveEntry> entries, CancellationToken ct)
    {
        var limits = options.Value;
        var root = new PlannedFolder(target.Id, target.Name, null, target);
        var created = new List<PlannedFolder>();
        var files = new List<PlannedFile>();
        foreach (var entry in entries)
        {
            var path = ZipEntryPaths.Parse(entry.FullName);
            if (path.Kind == ZipEntryKind.Unsafe)
            {
                return new Error(ErrorKind.Validation, "zip-unsafe-path", $"'{Shown(entry.FullName)}': {path.Problem}. Nothing was stored.");
            }

            // Directory entries create nothing by themselves (only files bring folders); litter is left out.
            if (path.Kind is ZipEntryKind.Directory or ZipEntryKind.Junk)
            {
                continue;
            }

            if (path.Depth > limits.MaxZipDepth)
            {
                return new Error(ErrorKind.Validation, "zip-too-deep",
                    $"'{Shown(entry.FullName)}' is nested deeper than {limits.MaxZipDepth} folders. Nothing was stored.");
            }

            if (entry.IsEncrypted)
            {
                return new Error(ErrorKind.Validation, "zip-encrypted",
                    $"'{Shown(entry.FullName)}' is password-protected; upload a zip without encryption. Nothing was stored.");
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
                        return Error.Forbidden("upload-not-permitted", $"You may not upload into '{Shown(string.Join('/', path.Folders))}'.");
                    }

                    child = new PlannedFolder(existing?.Id ?? Guid.CreateVersion7(), existing?.Name ?? name, folder, existing);
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
                return Error.Conflict("document-exists", $"'{Shown(entry.FullName)}' is in the zip twice (names are compared ignoring case). Nothing was stored.");
            }

            files.Add(new PlannedFile(entry, folder, path.Name));
        }

        if (files.Count == 0)
        {
            return new Error(ErrorKind.Validation, "zip-empty", "The zip holds no files.");
        }

        // Names already in the folders the zip reuses — those the caller can see: a hidden document does not
        // exist for them, and a conflict over it would tell them it is there.
        var reused = files.Select(f => f.Folder).Where(f => f.Existing is not null).Select(f => f.Id).Distinct().ToList();
        var inReused = await outbox.DbContext.Documents.AsNoTracking().Where(d => reused.Contains(d.FolderId))
            .Select(d => new { d.Id, d.FolderId, d.Name }).ToListAsync(ct);
        var byFolder = inReused.ToLookup(d => d.FolderId, d => d.Name);
        var visible = inReused.Where(d => levels is null || levels.OfDocument(d.Id, d.FolderId) >= AccessLevel.View).ToLookup(d => d.FolderId, d => d.Name);
        foreach (var file in files.Where(f => f.Folder.Existing is not null))
        {
            if (visible[file.Folder.Id].Contains(file.Name, StringComparer.OrdinalIgnoreCase))
            {
                return Error.Conflict("document-exists",
                    $"'{Shown(file.Entry.FullName)}' is already in the room; upload a new version of it instead. Nothing was stored.");
            }
        }

        return new Plan(files, created, byFolder.ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>Streams each file through its guard into the writer; the first refusal is returned (the caller discards what was written).</summary>
    private async Task<Error?> WriteAsync(Plan plan, List<StoredContent> stored, CancellationToken ct)
    {
        var budget = new ZipBudget(options.Value.MaxUploadBytes);
        try
        {
            foreach (var file in plan.Files)
            {
                Result<StoredContent> written;
                await using (var raw = await file.Entry.OpenAsync(ct))
                await using (var guarded = new ZipEntryGuard(raw, Shown(file.Entry.FullName), file.Entry.CompressedLength, file.Entry.Length, budget))
                {
                    written = await writer.WriteAsync(guarded, file.Name, ct);
                }

                if (!written.IsSuccess)
                {
                    var error = written.Error;
                    return error.Fields is not null
                        ? Error.Validation(file.Entry.FullName, string.Join(" ", error.Fields.Values.SelectMany(m => m)))
                        : error with { Detail = $"'{Shown(file.Entry.FullName)}': {error.Detail} Nothing was stored." };
                }

                file.Stored = written.Value;
                stored.Add(written.Value);
            }

            return null;
        }
        catch (ZipRefusedException ex)
        {
            return ex.Error with { Detail = ex.Error.Detail + " Nothing was stored." };
        }
        catch (InvalidDataException ex)
        {
            return ZipLimits.Invalid($"The zip is damaged or uses an unsupported compression method ({ex.Message}). Nothing was stored.");
        }
    }

    private async Task<Result<ZipUploaded>> SaveAsync(UploadZip command, RoomContext caller, List<Folder> folders, Plan plan, List<StoredContent> stored,
        SpooledUpload spooled, CancellationToken ct)
    {
        var db = outbox.DbContext;
        var now = clock.GetUtcNow();
        foreach (var planned in plan.Created)
        {
            var parentId = planned.Parent!.Id;
            var folder = new Folder
            {
                Id = planned.Id,
                RoomId = command.RoomId,
                ParentId = parentId,
                Name = planned.Name,
                Position = folders.Count(f => f.ParentId == parentId) + 1,
                CreatedAt = now,
            };
            folders.Add(folder);
            db.Folders.Add(folder);
            planned.Created = folder;
        }

        if (FolderNumbering.RenumberWithin(folders) is { } tooDeep)
        {
            Discard(stored); // nothing is saved, so no blob stays either
            return tooDeep with { Detail = tooDeep.Detail + " Nothing was stored." };
        }

        foreach (var folder in plan.Created.Select(p => p.Created!))
        {
            await audit.AppendAsync(caller, AuditAction.FolderCreated, "folder", folder.Id.ToString(), new { folder.Name, folder.ParentId, folder.Index }, ct);
        }

        var subfolders = folders.Where(f => f.ParentId is not null).GroupBy(f => f.ParentId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var positions = new Dictionary<Guid, int>(plan.ExistingDocuments);
        var audiences = new Dictionary<Guid, DocumentAudience>();
        var documents = new List<ZipDocumentView>();
        foreach (var file in plan.Files)
        {
            var folder = file.Folder.Existing ?? file.Folder.Created!;
            var content = file.Stored!;
            var position = positions[folder.Id] = positions.GetValueOrDefault(folder.Id) + 1;
            var document = new Document
            {
                Id = Guid.CreateVersion7(),
                RoomId = command.RoomId,
                FolderId = folder.Id,
                Name = file.Name,
                Position = position,
                CurrentVersion = 1,
                CreatedAt = now,
                CreatedBy = caller.Member.UserId,
            };
            db.Documents.Add(document);
            db.DocumentVersions.Add(DocumentVersionFactory.From(document.Id, 1, content, now, caller.Member.UserId));
            var index = $"{folder.Index}.{subfolders.GetValueOrDefault(folder.Id) + position}";
            await audit.AppendAsync(caller, AuditAction.DocumentUploaded, "document", document.Id.ToString(),
                new { document.Name, folderId = folder.Id, version = 1, content.Size, content.Sha256, content.ContentType }, ct);

            // New folders have no grants, so who may see a document in one is decided by the nearest existing folder above it.
            var anchor = file.Folder.AnchorId;
            if (!audiences.TryGetValue(anchor, out var audience))
            {
                audience = audiences[anchor] = await permissions.AudienceAsync(caller.Room, document.Id, anchor, caller.Member.UserId, now, ct);
            }

            await outbox.PublishAsync(new DocumentAdded(Guid.CreateVersion7(), now, command.RoomId, caller.Room.Name, document.Id, folder.Id, document.Name, index, 1,
                audience.Named, audience.Unnamed));
            documents.Add(new ZipDocumentView(document.Id, folder.Id, document.Name, index, content.Size, content.Sha256, content.ContentType));
        }

        await audit.AppendAsync(caller, AuditAction.ZipUploaded, "folder", command.FolderId.ToString(),
            new
            {
                fileName = command.FileName,
                size = spooled.Size,
                sha256 = spooled.Sha256,
                folders = plan.Created.Count,
                documents = documents.Count,
                bytes = stored.Sum(s => s.Size),
            }, ct);
        await outbox.SaveChangesAndFlushMessagesAsync(ct);
        return new ZipUploaded(
            plan.Created.Select(p => new ZipFolderView(p.Id, p.Parent!.Id, p.Name, p.Created!.Index)).ToList(),
            documents);
    }

    private void Discard(List<StoredContent> stored)
    {
        foreach (var content in stored)
        {
            writer.Discard(content);
        }

        stored.Clear();
    }

    /// <summary>An entry name as quoted back in a problem: at most 200 characters.</summary>
    private static string Shown(string name) => name.Length <= 200 ? name : name[..200] + "…";

    private sealed record Plan(IReadOnlyList<PlannedFile> Files, IReadOnlyList<PlannedFolder> Created, IReadOnlyDictionary<Guid, int> ExistingDocuments);

    private sealed class PlannedFolder(Guid id, string name, PlannedFolder? parent, Folder? existing)
    {
        public Guid Id { get; } = id;

        public string Name { get; } = name;

        public PlannedFolder? Parent { get; } = parent;

        /// <summary>The folder already in the room, or null for one the zip creates.</summary>
        public Folder? Existing { get; } = existing;

        public Folder? Created { get; set; }

        public Dictionary<string, PlannedFolder> Children { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Document names the zip puts here.</summary>
        public HashSet<string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>The nearest existing folder at or above this one: its permissions are this one's.</summary>
        public Guid AnchorId => Existing?.Id ?? Parent!.AnchorId;
    }

    private sealed class PlannedFile(ZipArchiveEntry entry, PlannedFolder folder, string name)
    {
        public ZipArchiveEntry Entry { get; } = entry;

        public PlannedFolder Folder { get; } = folder;

        public string Name { get; } = name;

        public StoredContent? Stored { get; set; }
    }
}
