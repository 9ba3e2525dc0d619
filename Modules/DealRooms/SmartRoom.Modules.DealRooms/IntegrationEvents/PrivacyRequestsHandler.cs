using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Features.ListRoomAccessors;

namespace SmartRoom.Modules.DealRooms.IntegrationEvents;

/// <summary>Wolverine adapter: Privacy's questions about rooms, answered by DealRooms' own queries.</summary>
public static class PrivacyRequestsHandler
{
    public static async Task<RoomAccessList> Handle(FindRoomAccess request, ISender sender, CancellationToken ct)
    {
        var found = await sender.Send(new ListRoomAccessors(request.RoomId, request.From, request.To), ct);
        return found.IsSuccess ? found.Value : RoomAccessList.NoRoom;
    }
}
