using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Features.ViewDocument;

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
