using System.IO.Compression;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Features.DownloadFolderZip;

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
