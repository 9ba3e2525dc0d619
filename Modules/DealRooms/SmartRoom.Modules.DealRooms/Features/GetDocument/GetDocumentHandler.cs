using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.GetDocument;

internal sealed class GetDocumentHandler(EnteredRoom entered, RoomPermissions permissions, DealRoomsDbContext db, AuditTrail audit)
    : IQueryHandler<GetDocument, Result<DocumentDetails>>
{
    public async ValueTask<Result<DocumentDetails>> Handle(GetDocument query, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == query.DocumentId && d.RoomId == query.RoomId, cancellationToken);
        if (document is null || await permissions.OnDocumentAsync(entered.Context, document, cancellationToken) < AccessLevel.View)
        {
            return Error.NotFound("document");
        }

        var folder = await db.Folders.AsNoTracking().SingleOrDefaultAsync(f => f.Id == document.FolderId, cancellationToken);
        if (folder is null)
        {
            return Error.NotFound("document"); // its folder went while we looked
        }

        // Older versions are for managers; members see the current one.
        var versions = await db.DocumentVersions.AsNoTracking()
            .Where(v => v.DocumentId == document.Id && (entered.Context.IsManager || v.Version == document.CurrentVersion)).OrderBy(v => v.Version)
            .Select(v => new VersionView(v.Version, v.Size, v.Sha256, v.ContentType, v.CreatedAt, v.CreatedBy))
            .ToListAsync(cancellationToken);
        await audit.RecordSupportReadAsync(entered.Context, AuditAction.DocumentMetadataRead, "document", document.Id.ToString(), cancellationToken);

        return new DocumentDetails(document.Id, document.FolderId, document.Name, await DocumentIndex.OfAsync(db, folder, document.Position, cancellationToken),
            document.CurrentVersion, versions);
    }
}
