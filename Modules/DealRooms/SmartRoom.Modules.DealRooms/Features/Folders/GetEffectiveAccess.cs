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

namespace SmartRoom.Modules.DealRooms.Features.Folders;

/// <summary>"Preview as": the tree exactly as a group sees it, for a manager to check before opening the room.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record GetEffectiveAccess(Guid RoomId, Guid GroupId) : IQuery<Result<TreeView>>, IRoomRequest;

internal sealed class GetEffectiveAccessHandler(DealRoomsDbContext db, RoomPermissions permissions, RoomTree tree)
    : IQueryHandler<GetEffectiveAccess, Result<TreeView>>
{
    public async ValueTask<Result<TreeView>> Handle(GetEffectiveAccess query, CancellationToken cancellationToken)
    {
        if (!await db.Groups.AnyAsync(g => g.Id == query.GroupId && g.RoomId == query.RoomId, cancellationToken))
        {
            return Error.NotFound("group");
        }

        return await tree.BuildAsync(query.RoomId,
            async folders => await permissions.ForGroupAsync(query.RoomId, query.GroupId, cancellationToken, folders), cancellationToken);
    }
}

internal static class GetEffectiveAccessEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/groups/{groupId:guid}/effective-access", async (Guid roomId, Guid groupId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetEffectiveAccess(roomId, groupId), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("GetEffectiveAccess")
            .WithSummary("Preview as a group: the tree exactly as its members see it.")
            .Produces<TreeView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
