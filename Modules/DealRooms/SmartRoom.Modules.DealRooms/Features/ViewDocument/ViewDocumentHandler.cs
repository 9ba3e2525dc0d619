using SmartRoom.Modules.DealRooms.Documents;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.ViewDocument;

internal sealed class ViewDocumentHandler(EnteredRoom entered, RoomPermissions permissions, DealRoomsDbContext db, DocumentRelease release, AuditTrail audit)
    : ICommandHandler<ViewDocument, Result<ViewedDocument>>
{
    public static readonly Error SupportMayNotView = Error.Forbidden("support-view-not-permitted",
        "Your support access to this room does not include viewing documents.");

    public async ValueTask<Result<ViewedDocument>> Handle(ViewDocument command, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == command.DocumentId && d.RoomId == command.RoomId, cancellationToken);
        if (document is null || await permissions.OnDocumentAsync(entered.Context, document, cancellationToken) < AccessLevel.View)
        {
            return Error.NotFound("document");
        }

        if (entered.Context.SupportGrant is { MayViewDocuments: false })
        {
            return SupportMayNotView;
        }

        var version = await db.DocumentVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.DocumentId == document.Id && v.Version == document.CurrentVersion, cancellationToken);
        if (version is null)
        {
            return Error.NotFound("document"); // deleted while we looked
        }

        if (!DocumentStamper.CanStamp(version))
        {
            return new Error(ErrorKind.UnsupportedMediaType, "preview-not-available",
                $"Only PDFs can be viewed here; this document is {version.ContentType}. Its details are at GET …/documents/{document.Id}.");
        }

        var stamped = await release.OpenAsync(entered.Context, version, ReleaseKind.View, cancellationToken);
        if (!stamped.IsSuccess)
        {
            return stamped.Error;
        }

        await audit.AppendAsync(entered.Context, AuditAction.DocumentViewed, "document", document.Id.ToString(),
            new { version = version.Version, watermarked = true, bytes = stamped.Value.Content.Length }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new ViewedDocument(stamped.Value.Content, document.Name, stamped.Value.Sha256);
    }
}
