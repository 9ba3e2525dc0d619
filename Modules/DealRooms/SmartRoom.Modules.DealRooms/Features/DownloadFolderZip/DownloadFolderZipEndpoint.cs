namespace SmartRoom.Modules.DealRooms.Features.DownloadFolderZip;

internal static class DownloadFolderZipEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/folders/{folderId:guid}/zip", async (Guid roomId, Guid folderId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DownloadFolderZip(roomId, folderId), ct))
                .ToHttp(archive => TypedResults.Stream(output => archive.WriteToAsync(output, ct), "application/zip", archive.FileName)))
            .WithName("DownloadFolderZip")
            .WithSummary("The folder as a .zip of what you may download (current versions; View-only documents left out), paths numbered like the tree.")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
