using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.GetRoom;

internal sealed class GetRoomHandler(EnteredRoom entered, RoomDetailsReader reader) : IQueryHandler<GetRoom, Result<RoomDetails>>
{
    public async ValueTask<Result<RoomDetails>> Handle(GetRoom query, CancellationToken cancellationToken) =>
        await reader.ReadAsync(entered.Context, cancellationToken);
}
