using Microsoft.Net.Http.Headers;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Features.DownloadDocument;

internal static class DownloadDocumentEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
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
