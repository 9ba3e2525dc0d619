using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Features.PublishRoomSnapshots;

namespace SmartRoom.Modules.DealRooms.IntegrationEvents;

/// <summary>Wolverine adapter: another module's request for rooms' membership hands over to the slice that publishes it.</summary>
public static class MembershipReplayHandler
{
    public static async Task Handle(ReplayRoomMemberships message, ISender sender, CancellationToken cancellationToken) =>
        await sender.Send(new PublishRoomSnapshots(message.RequestId, message.RoomId), cancellationToken);
}
