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

namespace SmartRoom.Modules.DealRooms.Features.Groups;

/// <summary>Managers see every group; other members only their own (groups never see each other).</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Member)]
internal sealed record ListGroups(Guid RoomId) : IQuery<Result<IReadOnlyList<GroupView>>>, IRoomRequest;

internal sealed class ListGroupsHandler(EnteredRoom entered, DealRoomsDbContext db, TimeProvider clock) : IQueryHandler<ListGroups, Result<IReadOnlyList<GroupView>>>
{
    public async ValueTask<Result<IReadOnlyList<GroupView>>> Handle(ListGroups query, CancellationToken cancellationToken)
    {
        var active = Member.ActiveAt(clock.GetUtcNow());
        var own = entered.Context.Member.GroupId;
        var groups = await db.Groups.AsNoTracking()
            .Where(g => g.RoomId == query.RoomId && (entered.Context.IsManager || g.Id == own))
            .OrderBy(g => g.Name)
            .Select(g => new GroupView(g.Id, g.Name,
                db.Members.Where(active).Count(m => m.RoomId == g.RoomId && m.GroupId == g.Id),
                g.CreatedAt))
            .ToListAsync(cancellationToken);
        return groups;
    }
}

internal static class ListGroupsEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/groups", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListGroups(roomId), ct)).ToHttp(g => TypedResults.Ok(g)))
            .WithName("ListGroups")
            .Produces<IReadOnlyList<GroupView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
