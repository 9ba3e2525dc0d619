using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.CreateFolder;

internal static class CreateFolderEndpoint
{
    internal sealed record CreateBody(string Name, Guid? ParentId);

    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPost("/{roomId:guid}/folders", async (Guid roomId, CreateBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new CreateFolder(roomId, body.Name, body.ParentId), ct)).ToHttp(f => TypedResults.Created($"/api/deal-rooms/{roomId}/folders/{f.Id}", f)))
            .WithName("CreateFolder")
            .Produces<FolderView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
