using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.Permissions;

/// <summary>Every explicit grant in the room (managers).</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record ListPermissions(Guid RoomId) : IQuery<Result<IReadOnlyList<PermissionView>>>, IRoomRequest;

internal sealed class ListPermissionsHandler(DealRoomsDbContext db) : IQueryHandler<ListPermissions, Result<IReadOnlyList<PermissionView>>>
{
    public async ValueTask<Result<IReadOnlyList<PermissionView>>> Handle(ListPermissions query, CancellationToken cancellationToken)
    {
        return await db.Permissions.AsNoTracking().Where(p => p.RoomId == query.RoomId).OrderBy(p => p.Id)
            .Select(p => new PermissionView(p.GroupId, p.FolderId, p.DocumentId, p.Level, p.UpdatedAt))
            .ToListAsync(cancellationToken);
    }
}

internal static class ListPermissionsEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/permissions", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListPermissions(roomId), ct)).ToHttp(p => TypedResults.Ok(p)))
            .WithName("ListPermissions")
            .Produces<IReadOnlyList<PermissionView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
