using System.IO.Compression;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Documents;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.Zip;

/// <summary>
/// A folder as a zip of exactly what the caller may download: the folder's subtree through the folders
/// they may see, the current version of each document they may download (View-only ones are left out).
/// Paths carry the index numbers: <c>1.2 Financials/1.2.1 Budget.xlsx</c>. A command, not a query: the
/// download is written to the audit trail (one <c>folder.downloaded</c>, and a <c>document.downloaded</c>
/// per document with <c>viaZip</c>) before a byte is sent.
/// </summary>
[RequiresUser]
// Support staff never take content away in bulk: they do not enter here.
[EntersRoom(RoomEntry.Content, NotFoundAs = "folder")]
internal sealed record DownloadFolderZip(Guid RoomId, Guid FolderId) : ICommand<Result<FolderArchive>>, IRoomRequest;

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

internal sealed record ArchiveDocument(Guid Id, string Path, Guid FolderId, int Position, DocumentVersion Version);

/// <summary>One entry of a folder archive: a directory (path ends with '/') or a document's current version.</summary>
internal sealed record ArchiveItem(string Path, ArchiveDocument? Document);

/// <summary>
/// A folder archive, already audited, written straight to the response: each version comes through
/// <see cref="DocumentRelease"/> — stamped where the room's rule says so, else decrypted chunk by chunk
/// into its zip entry (no temp file, no whole document held). The response has begun by then, so a PDF
/// that cannot be stamped is left out, with a note in its place — never sent unstamped.
/// </summary>
internal sealed class FolderArchive(string fileName, IReadOnlyList<ArchiveItem> items, RoomContext caller, DocumentRelease release)
{
    /// <summary>Types that are compressed already: stored as they are.</summary>
    private static readonly HashSet<string> Compressed = new(StringComparer.OrdinalIgnoreCase)
    {
        "image/png",
        "image/jpeg",
        "image/gif",
        "application/zip",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    };

    public string FileName { get; } = fileName;

    public IReadOnlyList<ArchiveItem> Items { get; } = items;

    public async Task WriteToAsync(Stream output, CancellationToken ct)
    {
        await using var sink = new AsyncOnlyWriteStream(output);
        await using (var zip = await ZipArchive.CreateAsync(sink, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct))
        {
            foreach (var item in Items)
            {
                if (item.Document is not { Version: var version })
                {
                    zip.CreateEntry(item.Path);
                    continue;
                }

                var released = await release.OpenAsync(caller, version, ReleaseKind.Download, ct);
                if (!released.IsSuccess)
                {
                    var note = zip.CreateEntry(item.Path + " (not included).txt", CompressionLevel.Fastest);
                    await using var writer = new StreamWriter(await note.OpenAsync(ct), new System.Text.UTF8Encoding(false));
                    await writer.WriteAsync($"This document is not in the archive: the room stamps downloads with a watermark, and it could not be stamped. {released.Error.Detail}");
                    await writer.FlushAsync(ct);
                    continue;
                }

                var entry = zip.CreateEntry(item.Path, Compressed.Contains(version.ContentType) ? CompressionLevel.NoCompression : CompressionLevel.Fastest);
                entry.LastWriteTime = version.CreatedAt;
                await using (var content = released.Value.Content)
                await using (var target = await entry.OpenAsync(ct))
                {
                    await content.CopyToAsync(target, ct);
                    await target.FlushAsync(ct); // the deflater's tail goes out asynchronously, not on dispose
                }
            }
        }

        await sink.FlushAsync(ct);
    }
}

internal static class DownloadFolderZipEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/folders/{folderId:guid}/zip", async (Guid roomId, Guid folderId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DownloadFolderZip(roomId, folderId), ct))
                .ToHttp(archive => TypedResults.Stream(output => archive.WriteToAsync(output, ct), "application/zip", archive.FileName)))
            .WithName("DownloadFolderZip")
            .WithSummary("The folder as a .zip of what you may download (current versions; View-only documents left out), paths numbered like the tree.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
