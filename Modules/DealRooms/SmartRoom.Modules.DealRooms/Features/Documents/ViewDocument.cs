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

namespace SmartRoom.Modules.DealRooms.Features.Documents;

/// <summary>What <c>view</c> serves: the current version's PDF, stamped for the caller.</summary>
internal sealed record ViewedDocument(Stream Content, string FileName, string Sha256);

/// <summary>
/// The current version of a PDF for reading in the browser, every page stamped with the viewer's email,
/// address and the time (UTC). Needs only View; a command, as every view is written to the audit trail.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Content, AllowSupport = true, NotFoundAs = "document")]
internal sealed record ViewDocument(Guid RoomId, Guid DocumentId) : ICommand<Result<ViewedDocument>>, IRoomRequest;

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

internal static class ViewDocumentEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/documents/{documentId:guid}/view", async (Guid roomId, Guid documentId, HttpContext http, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ViewDocument(roomId, documentId), ct))
                .ToHttp(v => DocumentStamper.Serve(http, v.Content, DocumentStamper.PdfType, v.FileName, v.Sha256, inline: true)))
            .WithName("ViewDocument")
            .WithSummary("The current version of a PDF, shown inline and stamped on every page with the viewer's email, IP address and the time " +
                "(UTC); needs View. Served whole (no ranges), not cacheable, with a weak ETag of the stamped bytes. Other types answer 415 " +
                "preview-not-available (their metadata stays at GET …/documents/{documentId}); password-protected or damaged PDFs 422 " +
                "pdf-unreadable; PDFs over SmartRoom:Documents:MaxWatermarkBytes 413 too-large-to-watermark; support staff whose grant " +
                "excludes documents 403 support-view-not-permitted.")
            .Produces(StatusCodes.Status200OK, contentType: DocumentStamper.PdfType)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
