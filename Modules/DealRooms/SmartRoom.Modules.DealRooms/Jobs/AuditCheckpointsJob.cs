using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.Modules.DealRooms.Features.IssueAuditCheckpoints;

namespace SmartRoom.Modules.DealRooms.Jobs;

/// <summary><c>dealrooms:audit-checkpoints</c>: signs and stores a checkpoint of every room's audit chain that moved since the last one.</summary>
public sealed class AuditCheckpointsJob(ISender sender) : IRecurringJob
{
    public const string Id = "dealrooms:audit-checkpoints";

    public async Task Run(CancellationToken cancellationToken) =>
        await sender.Send(new IssueAuditCheckpoints(), cancellationToken);
}
