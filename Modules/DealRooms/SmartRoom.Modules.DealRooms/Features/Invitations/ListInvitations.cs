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

namespace SmartRoom.Modules.DealRooms.Features.Invitations;

/// <summary>Pending invitations of a room (managers).</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record ListInvitations(Guid RoomId) : IQuery<Result<IReadOnlyList<InvitationView>>>, IRoomRequest;

internal sealed class ListInvitationsHandler(DealRoomsDbContext db, TimeProvider clock)
    : IQueryHandler<ListInvitations, Result<IReadOnlyList<InvitationView>>>
{
    public async ValueTask<Result<IReadOnlyList<InvitationView>>> Handle(ListInvitations query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.Invitations.AsNoTracking()
            .Where(i => i.RoomId == query.RoomId && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .OrderBy(i => i.Id)
            .Select(i => new InvitationView(i.Id, i.Email, i.Role, i.GroupId, i.CreatedAt, i.ExpiresAt))
            .ToListAsync(cancellationToken);
    }
}

internal static class ListInvitationsEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/invitations", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListInvitations(roomId), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListInvitations")
            .Produces<IReadOnlyList<InvitationView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
