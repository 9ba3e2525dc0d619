using System.IO.Compression;
using Microsoft.Extensions.Options;
using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Documents;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.UploadZip;

internal sealed class UploadZipHandler(
    EnteredRoom entered,
    RoomPermissions permissions,
    IDbContextOutbox<DealRoomsDbContext> outbox,
    ZipPlanner planner,
    ZipContentWriter zipWriter,
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

            var plan = await planner.PlanAsync(caller, folders, target, levels, entries, ct);
            if (!plan.IsSuccess)
            {
                return plan.Error;
            }

            var stored = new List<StoredContent>();
            try
            {
                var written = await zipWriter.WriteAsync(plan.Value, stored, ct);
                if (written is not null)
                {
                    zipWriter.Discard(stored);
                    return written;
                }

                return await SaveAsync(command, caller, folders, plan.Value, stored, spooled, ct);
            }
            catch
            {
                zipWriter.Discard(stored); // no row, so no blob either
                throw;
            }
        }
    }

    private async Task<Result<ZipUploaded>> SaveAsync(UploadZip command, RoomContext caller, List<Folder> folders, ZipPlan plan, List<StoredContent> stored,
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
            zipWriter.Discard(stored); // nothing is saved, so no blob stays either
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
            var index = DocumentIndex.Of(folder, subfolders.GetValueOrDefault(folder.Id), position);
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
}
