using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.UpdateFolder;

internal static class UpdateFolderEndpoint
{
    internal sealed record UpdateBody(string? Name, bool Move, Guid? ParentId, int? Position);

    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPatch("/{roomId:guid}/folders/{folderId:guid}", async (Guid roomId, Guid folderId, UpdateBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new UpdateFolder(roomId, folderId, body.Name, body.Move, body.ParentId, body.Position), ct)).ToHttp(f => TypedResults.Ok(f)))
            .WithName("UpdateFolder")
            .WithSummary("Rename ({name}), move ({move:true, parentId}) or reorder ({position}) a folder.")
            .Produces<FolderView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
