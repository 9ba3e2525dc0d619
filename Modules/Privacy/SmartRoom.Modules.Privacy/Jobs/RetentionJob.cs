using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.Modules.Privacy.Features.RunRetention;

namespace SmartRoom.Modules.Privacy.Jobs;

/// <summary><c>privacy:retention</c>: nightly, orders every module to sweep what has outlived its retention period.</summary>
public sealed class RetentionJob(ISender sender) : IRecurringJob
{
    public const string Id = "privacy:retention";

    /// <summary>Every night at 02:45 (UTC), unless <see cref="ScheduleSetting"/> holds another cron expression.</summary>
    public const string Schedule = "45 2 * * *";

    public const string ScheduleSetting = "SmartRoom:Privacy:RetentionSchedule";

    public async Task Run(CancellationToken cancellationToken) =>
        await sender.Send(new RunRetention(), cancellationToken);
}
