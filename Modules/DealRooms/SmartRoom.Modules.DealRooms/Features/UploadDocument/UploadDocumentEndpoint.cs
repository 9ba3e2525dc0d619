using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SmartRoom.Modules.DealRooms.Documents;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.UploadDocument;

internal static class UploadDocumentEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("/{roomId:guid}/documents", async (Guid roomId, HttpContext http, IOptions<DocumentOptions> options, ISender sender, CancellationToken ct) =>
            {
                Guid? folderId = Guid.TryParse(http.Request.Query["folderId"], out var fromQuery) ? fromQuery : null;
                return await MultipartUpload.ReadAsync(http, options.Value.MaxUploadBytes,
                    onField: (field, value) =>
                    {
                        if (field.Equals("folderId", StringComparison.OrdinalIgnoreCase))
                        {
                            folderId = Guid.TryParse(value, out var parsed) ? parsed : Guid.Empty;
                        }
                    },
                    onFile: async (fileName, body) => folderId is null || folderId == Guid.Empty
                        ? Error.Validation("folderId", "Send 'folderId' (a folder of the room) before 'file'.").ToProblem()
                        : (await sender.Send(new UploadDocument(roomId, folderId.Value, fileName, body), ct))
                            .ToHttp(d => TypedResults.Created($"/api/deal-rooms/{roomId}/documents/{d.Id}", d)),
                    ct);
            })
            .WithName("UploadDocument")
            .WithSummary("multipart/form-data: 'folderId', then 'file'. Streamed, encrypted at rest; the type is read from the bytes.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<DocumentView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery();
}
