namespace SmartRoom.Modules.DealRooms.Features.DeleteFolder;

internal static class DeleteFolderEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapDelete("/{roomId:guid}/folders/{folderId:guid}", async (Guid roomId, Guid folderId, bool? recursive, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DeleteFolder(roomId, folderId, recursive == true), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("DeleteFolder")
            .WithSummary("An empty folder; with ?recursive=true the folder, its subfolders, documents, versions, grants and blobs (409 folder-not-empty without).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
