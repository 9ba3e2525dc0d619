using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.SetPermission;

internal static class SetPermissionEndpoint
{
    internal sealed record Body(Guid GroupId, Guid? FolderId, Guid? DocumentId, AccessLevel Level);

    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapPut("/{roomId:guid}/permissions", async (Guid roomId, Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new SetPermission(roomId, body.GroupId, body.FolderId, body.DocumentId, body.Level), ct)).ToHttp(p => TypedResults.Ok(p)))
            .WithName("SetPermission")
            .WithSummary("Grant a group None, View, Download or Upload on a folder (inherited below) or a document.")
            .Produces<PermissionView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
