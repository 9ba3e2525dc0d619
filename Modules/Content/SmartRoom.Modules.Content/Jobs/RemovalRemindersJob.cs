using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.Modules.Content.Features.SendRemovalReminders;

namespace SmartRoom.Modules.Content.Jobs;

/// <summary><c>content:removal-reminders</c> (hourly): reminds the marketing team of removal requests due soon and overdue, each reminder once.</summary>
public sealed class RemovalRemindersJob(ISender sender) : IRecurringJob
{
    public const string Id = "content:removal-reminders";

    public const string Schedule = "0 * * * *";

    public async Task Run(CancellationToken cancellationToken) =>
        await sender.Send(new SendRemovalReminders(), cancellationToken);
}
