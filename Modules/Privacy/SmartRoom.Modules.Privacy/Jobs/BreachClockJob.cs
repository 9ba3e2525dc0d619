using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.Modules.Privacy.Features.RunBreachClock;

namespace SmartRoom.Modules.Privacy.Jobs;

/// <summary><c>privacy:breach-clock</c> (every 5 minutes): alerts the privacy team as a breach's 72 hours run out.</summary>
public sealed class BreachClockJob(ISender sender) : IRecurringJob
{
    public const string Id = "privacy:breach-clock";

    public const string Schedule = "*/5 * * * *";

    public async Task Run(CancellationToken cancellationToken) =>
        await sender.Send(new RunBreachClock(), cancellationToken);
}
