using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ListPermissions;

internal static class ListPermissionsEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/permissions", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListPermissions(roomId), ct)).ToHttp(p => TypedResults.Ok(p)))
            .WithName("ListPermissions")
            .Produces<IReadOnlyList<PermissionView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
