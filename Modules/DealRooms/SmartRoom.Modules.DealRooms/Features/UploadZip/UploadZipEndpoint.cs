using Microsoft.Extensions.Options;
using SmartRoom.Modules.DealRooms.Documents;

namespace SmartRoom.Modules.DealRooms.Features.UploadZip;

internal static class UploadZipEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("/{roomId:guid}/folders/{folderId:guid}/zip", async (Guid roomId, Guid folderId, HttpContext http, IOptions<DocumentOptions> options,
                ISender sender, CancellationToken ct) =>
                await MultipartUpload.ReadAsync(http, options.Value.MaxUploadBytes,
                    onField: (_, _) => { },
                    onFile: async (fileName, body) => (await sender.Send(new UploadZip(roomId, folderId, fileName, body), ct))
                        .ToHttp(z => TypedResults.Created($"/api/deal-rooms/{roomId}/tree", z)),
                    ct))
            .WithName("UploadZip")
            .WithSummary("multipart/form-data 'file': a .zip unpacked into the folder, its tree kept. All or nothing; 201 {folders, documents}.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ZipUploaded>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery();
}
