using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.GetRoomTerms;

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
