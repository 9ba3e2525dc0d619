using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.Modules.Notifications.Features.SendDailyDigests;

namespace SmartRoom.Modules.Notifications.Jobs;

/// <summary><c>notifications:daily-digest</c>: the daily summary for people who chose one.</summary>
public sealed class DailyDigestJob(ISender sender) : IRecurringJob
{
    public const string Id = "notifications:daily-digest";

    public async Task Run(CancellationToken cancellationToken) =>
        await sender.Send(new SendDailyDigests(), cancellationToken);
}
