namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// The one door through which a document's plaintext leaves the room — <c>view</c>, <c>content</c> and folder
/// zips all come through here, so the stamping rule lives in one place and a new path cannot forget it:
/// PDFs are stamped for every view, and for every download by a non-manager in a room with
/// <see cref="Room.WatermarkDownloads"/>; everything else goes out as stored. Slices do not open versions
/// themselves (a unit test holds them to it).
/// </summary>
internal sealed class DocumentRelease(VersionReader reader, DocumentStamper stamper)
{
    public static readonly Error PreviewNotAvailable = new(ErrorKind.UnsupportedMediaType, "preview-not-available",
        "Only PDFs can be viewed in the browser; the document's details are at GET …/documents/{documentId}.");

    /// <summary>Whether <paramref name="caller"/> gets <paramref name="version"/> stamped when it is released as <paramref name="kind"/>.</summary>
    public static bool Stamps(RoomContext caller, DocumentVersion version, ReleaseKind kind) =>
        DocumentStamper.CanStamp(version) && (kind == ReleaseKind.View || (caller.Room.WatermarkDownloads && !caller.IsManager));

    /// <summary>
    /// The version's bytes for the caller, stamped if the rule says so: 415 for a view of anything but a PDF,
    /// 413 for a PDF too large to stamp, 422 for one that cannot be stamped. The caller disposes the stream.
    /// </summary>
    public async Task<Result<ReleasedContent>> OpenAsync(RoomContext caller, DocumentVersion version, ReleaseKind kind, CancellationToken ct)
    {
        if (kind == ReleaseKind.View && !DocumentStamper.CanStamp(version))
        {
            return PreviewNotAvailable;
        }

        if (!Stamps(caller, version, kind))
        {
            return new ReleasedContent(reader.Open(version), version.Sha256, Watermarked: false);
        }

        var stamped = await stamper.StampAsync(caller, version, kind == ReleaseKind.View ? "Viewed by" : "Downloaded by", ct);
        return stamped.IsSuccess
            ? new ReleasedContent(stamped.Value.Content, stamped.Value.Sha256, Watermarked: true)
            : stamped.Error;
    }
}
