using SmartRoom.Modules.Privacy.Contracts;
using SmartRoom.Modules.Privacy.Features.SchedulePolicyNotices;

namespace SmartRoom.Modules.Privacy.IntegrationEvents;

/// <summary>Wolverine adapter: a published policy version schedules its change notices (material versions only).</summary>
public static class PolicyNoticeEventsHandler
{
    public static async Task Handle(PolicyPublished e, ISender sender, CancellationToken ct) =>
        await sender.Send(new SchedulePolicyNotices(e.PolicyVersionId, e.Version, e.Material, e.EffectiveAt, e.Summary), ct);
}
