using Microsoft.Net.Http.Headers;

namespace SmartRoom.Modules.DealRooms.Features.GetDocument;

internal static class GetDocumentEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/documents/{documentId:guid}", async (Guid roomId, Guid documentId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetDocument(roomId, documentId), ct)).ToHttp(d => TypedResults.Ok(d)))
            .WithName("GetDocument")
            .Produces<DocumentDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
