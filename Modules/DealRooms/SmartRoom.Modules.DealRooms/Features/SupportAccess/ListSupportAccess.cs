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

namespace SmartRoom.Modules.DealRooms.Features.SupportAccess;

/// <summary>Support requests and grants of a room, newest first: all of them for its managers, their own for support staff.</summary>
[RequiresUser]
[EntersNoRoom("Support staff follow their own requests without entering the room: the handler enters as a manager and falls back to them.")]
internal sealed record ListSupportAccess(Guid RoomId) : IQuery<Result<IReadOnlyList<SupportAccessView>>>;

internal sealed class ListSupportAccessHandler(RoomAccess access, DealRoomsDbContext db, ICurrentUser caller, TimeProvider clock)
    : IQueryHandler<ListSupportAccess, Result<IReadOnlyList<SupportAccessView>>>
{
    public async ValueTask<Result<IReadOnlyList<SupportAccessView>>> Handle(ListSupportAccess query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var requests = db.SupportAccessRequests.AsNoTracking().Where(r => r.RoomId == query.RoomId);
        var entered = await access.EnterAsManagerAsync(query.RoomId, cancellationToken);
        if (!entered.IsSuccess)
        {
            // Support staff follow their own requests (until the room is archived); for anyone else the room stays out of sight.
            var userId = caller.Id;
            if (entered.Error != RoomAccess.NotFound || !caller.IsInRole(PlatformRoles.Support)
                || !await requests.AnyAsync(r => r.RequestedBy == userId, cancellationToken)
                || await db.Rooms.AnyAsync(r => r.Id == query.RoomId && r.Status == RoomStatus.Archived, cancellationToken))
            {
                return entered.Error;
            }

            requests = requests.Where(r => r.RequestedBy == userId);
        }

        var found = await requests.OrderByDescending(r => r.RequestedAt).ToListAsync(cancellationToken);
        return found.Select(r => SupportAccessView.Of(r, now)).ToList();
    }
}

internal static class ListSupportAccessEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/support-access", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListSupportAccess(roomId), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListSupportAccess")
            .WithSummary("Support requests and grants (active = approved and not yet expired).")
            .Produces<IReadOnlyList<SupportAccessView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
