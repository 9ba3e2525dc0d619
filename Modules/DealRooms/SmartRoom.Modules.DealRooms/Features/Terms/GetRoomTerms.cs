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

namespace SmartRoom.Modules.DealRooms.Features.Terms;

/// <summary>The room's current terms and when the caller accepted them (not gated: they must be readable to be accepted).</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Member)]
internal sealed record GetRoomTerms(Guid RoomId) : IQuery<Result<TermsView>>, IRoomRequest;

internal sealed class GetRoomTermsHandler(EnteredRoom entered, DealRoomsDbContext db) : IQueryHandler<GetRoomTerms, Result<TermsView>>
{
    public async ValueTask<Result<TermsView>> Handle(GetRoomTerms query, CancellationToken cancellationToken)
    {
        var room = entered.Context.Room;
        if (room.TermsHash is not { } hash)
        {
            return Error.NotFound("room's terms");
        }

        var acceptedAt = await db.TermsAcceptances.AcceptedAtAsync(room.Id, entered.Context.Member.UserId, hash, cancellationToken);
        return new TermsView(room.TermsText!, room.TermsVersion, hash, room.TermsUpdatedAt!.Value, acceptedAt);
    }
}

internal static class GetRoomTermsEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/terms", async (Guid roomId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetRoomTerms(roomId), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("GetRoomTerms")
            .Produces<TermsView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
