using SmartRoom.Modules.Notifications.Contracts;
using SmartRoom.Modules.Privacy.Features.RecordNoticeDelivery;

namespace SmartRoom.Modules.Privacy.IntegrationEvents;

/// <summary>Wolverine adapter: the outcome of a legal email, recorded on the policy notice it carried (others are ignored).</summary>
public static class PolicyNoticeDeliveryHandler
{
    public static async Task Handle(EmailDeliveryReported e, ISender sender, CancellationToken ct) =>
        await sender.Send(new RecordNoticeDelivery(e.SourceEventId, e.Outcome, e.Reason, e.OccurredAt), ct);
}
