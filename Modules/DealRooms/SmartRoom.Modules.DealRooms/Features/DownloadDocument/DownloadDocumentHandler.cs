using SmartRoom.Modules.DealRooms.Documents;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.DownloadDocument;

internal sealed class DownloadDocumentHandler(EnteredRoom entered, RoomPermissions permissions, DealRoomsDbContext db, DocumentRelease release, AuditTrail audit)
    : ICommandHandler<DownloadDocument, Result<DocumentContent>>
{
    public async ValueTask<Result<DocumentContent>> Handle(DownloadDocument query, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == query.DocumentId && d.RoomId == query.RoomId, cancellationToken);
        var level = document is null ? AccessLevel.None : await permissions.OnDocumentAsync(entered.Context, document, cancellationToken);
        if (level < AccessLevel.View)
        {
            return Error.NotFound("document");
        }

        if (level < AccessLevel.Download)
        {
            return Error.Forbidden("download-not-permitted", "Your group may view this document but not download it.");
        }

        if (query.Version is { } asked && asked != document!.CurrentVersion && !entered.Context.IsManager)
        {
            return Error.NotFound("document version");
        }

        var number = query.Version ?? document?.CurrentVersion;
        var version = document is null ? null
            : await db.DocumentVersions.AsNoTracking().SingleOrDefaultAsync(v => v.DocumentId == document.Id && v.Version == number, cancellationToken);
        if (document is null || version is null)
        {
            return Error.NotFound("document");
        }

        var released = await release.OpenAsync(entered.Context, version, ReleaseKind.Download, cancellationToken);
        if (!released.IsSuccess)
        {
            return released.Error;
        }

        var content = released.Value;
        object details = content.Watermarked
            ? new { version = version.Version, range = (string?)null, size = version.Size, watermarked = true, bytes = content.Content.Length }
            : new { version = version.Version, range = query.Range, size = version.Size, watermarked = false };
        await audit.AppendAsync(entered.Context, AuditAction.DocumentDownloaded, "document", document.Id.ToString(), details, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new DocumentContent(content.Content, document.Name, version.ContentType, content.Sha256, version.CreatedAt, content.Watermarked);
    }
}
