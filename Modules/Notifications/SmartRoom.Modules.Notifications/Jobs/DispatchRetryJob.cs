using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.Modules.Notifications.Features.RetryDeliveries;

namespace SmartRoom.Modules.Notifications.Jobs;

/// <summary><c>notifications:dispatch-retry</c>: retries queued emails whose back-off has passed.</summary>
public sealed class DispatchRetryJob(ISender sender) : IRecurringJob
{
    public const string Id = "notifications:dispatch-retry";

    public async Task Run(CancellationToken cancellationToken) =>
        await sender.Send(new RetryDeliveries(), cancellationToken);
}
