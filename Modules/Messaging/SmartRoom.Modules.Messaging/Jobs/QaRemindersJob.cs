using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.Modules.Messaging.Features.SendQaReminders;

namespace SmartRoom.Modules.Messaging.Jobs;

/// <summary><c>messaging:qa-reminders</c> (every 15 minutes): reminds assignees before a question's due date and managers after it, each reminder once.</summary>
public sealed class QaRemindersJob(ISender sender) : IRecurringJob
{
    public const string Id = "messaging:qa-reminders";

    public const string Schedule = "*/15 * * * *";

    public async Task Run(CancellationToken cancellationToken) =>
        await sender.Send(new SendQaReminders(), cancellationToken);
}
