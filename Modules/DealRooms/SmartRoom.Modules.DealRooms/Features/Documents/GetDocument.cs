using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Documents;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.Documents;

internal sealed record VersionView(int Version, long Size, string Sha256, string ContentType, DateTimeOffset CreatedAt, Guid CreatedBy);

internal sealed record DocumentDetails(Guid Id, Guid FolderId, string Name, string Index, int CurrentVersion, IReadOnlyList<VersionView> Versions);

/// <summary>A document's metadata and version history.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Content, AllowSupport = true, NotFoundAs = "document")]
internal sealed record GetDocument(Guid RoomId, Guid DocumentId) : IQuery<Result<DocumentDetails>>, IRoomRequest;

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

/// <summary>
/// What a download serves: the decrypted content, seekable for range requests — or, when
/// <paramref name="Watermarked"/>, a copy stamped for the caller (<paramref name="Sha256"/> then of that copy).
/// </summary>
internal sealed record DocumentContent(Stream Content, string FileName, string ContentType, string Sha256, DateTimeOffset LastModified, bool Watermarked = false);

/// <summary>
/// Streams a version's decrypted bytes (the current one unless asked). A command, not a query: every
/// download is written to the audit trail. In rooms that watermark downloads, PDFs reach non-managers
/// stamped like <c>view</c>; other types are served as stored.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Content, AllowSupport = true, NotFoundAs = "document")]
internal sealed record DownloadDocument(Guid RoomId, Guid DocumentId, int? Version, string? Range) : ICommand<Result<DocumentContent>>, IRoomRequest;

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

internal static class DocumentEndpoints
{
    public static void Map(IEndpointRouteBuilder rooms)
    {
        rooms.MapGet("/{roomId:guid}/documents/{documentId:guid}", async (Guid roomId, Guid documentId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetDocument(roomId, documentId), ct)).ToHttp(d => TypedResults.Ok(d)))
            .WithName("GetDocument")
            .Produces<DocumentDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        rooms.MapGet("/{roomId:guid}/documents/{documentId:guid}/content", async (Guid roomId, Guid documentId, int? version, HttpContext http,
                ISender sender, CancellationToken ct) =>
                (await sender.Send(new DownloadDocument(roomId, documentId, version, http.Request.Headers.Range.ToString() is { Length: > 0 } r ? r : null), ct))
                .ToHttp(c => c.Watermarked
                    ? DocumentStamper.Serve(http, c.Content, c.ContentType, c.FileName, c.Sha256, inline: false)
                    : TypedResults.Stream(c.Content, c.ContentType, c.FileName, c.LastModified,
                        new EntityTagHeaderValue($"\"{c.Sha256}\""), enableRangeProcessing: true)))
            .WithName("DownloadDocument")
            .WithSummary("The decrypted content, with Content-Disposition, ETag (the SHA-256) and HTTP ranges. In a room that watermarks " +
                "downloads, a PDF reaches non-managers stamped like …/view (whole, weak ETag, no ranges); other types are served as stored.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
