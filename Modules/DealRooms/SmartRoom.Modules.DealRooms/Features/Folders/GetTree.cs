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

/// <summary>The room's numbered tree (folders and documents) as the caller may see it: managers all of it, members what their group may view.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Content, AllowSupport = true)]
internal sealed record GetTree(Guid RoomId) : IQuery<Result<TreeView>>, IRoomRequest;

internal sealed class GetTreeHandler(EnteredRoom entered, RoomPermissions permissions, RoomTree tree, AuditTrail audit)
    : IQueryHandler<GetTree, Result<TreeView>>
{
    public async ValueTask<Result<TreeView>> Handle(GetTree query, CancellationToken cancellationToken)
    {
        await audit.RecordSupportReadAsync(entered.Context, AuditAction.TreeRead, "room", query.RoomId.ToString(), cancellationToken);

        return await tree.BuildAsync(query.RoomId, folders => permissions.ForCallerAsync(entered.Context, cancellationToken, folders), cancellationToken);
    }
}

internal static class GetTreeEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/tree", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetTree(roomId), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("GetTree")
            .WithSummary("{folders, documents} with index numbers and your level on each; only what you may view.")
            .Produces<TreeView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
