using SmartRoom.Modules.DealRooms.Features.RecordMessagingActivity;
using SmartRoom.Modules.Messaging.Contracts;

namespace SmartRoom.Modules.DealRooms.IntegrationEvents;

/// <summary>Wolverine adapter: what a participant did in Messaging goes on the room's audit trail (one chain per room).</summary>
public static class MessagingActivityHandler
{
    public static async Task Handle(MessagingActivityRecorded e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordMessagingActivity(e.EventId, e.OccurredAt, e.RoomId, e.ActorId, e.ActorKind, e.Action, e.TargetType, e.TargetId,
            e.Details, e.IpAddress, e.UserAgent), ct);
}
