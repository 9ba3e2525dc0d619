using Microsoft.Extensions.Options;
using SmartRoom.Modules.DealRooms.Documents;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.AddDocumentVersion;

internal static class AddDocumentVersionEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("/{roomId:guid}/documents/{documentId:guid}/versions", async (Guid roomId, Guid documentId, HttpContext http,
                IOptions<DocumentOptions> options, ISender sender, CancellationToken ct) =>
                await MultipartUpload.ReadAsync(http, options.Value.MaxUploadBytes, onField: (_, _) => { },
                    onFile: async (_, body) => (await sender.Send(new AddDocumentVersion(roomId, documentId, body), ct))
                        .ToHttp(d => TypedResults.Created($"/api/deal-rooms/{roomId}/documents/{d.Id}", d)),
                    ct))
            .WithName("AddDocumentVersion")
            .WithSummary("multipart/form-data 'file': the document's next version.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<DocumentView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery();
}
