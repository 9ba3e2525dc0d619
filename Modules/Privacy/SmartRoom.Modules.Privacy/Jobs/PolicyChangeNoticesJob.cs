using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.Modules.Privacy.Features.SendPolicyNotices;

namespace SmartRoom.Modules.Privacy.Jobs;

/// <summary>
/// <c>privacy:policy-change-notices</c>: hands the notices of every due run over to Notifications, in batches
/// from each run's checkpoint (so a run cut short by a crash resumes where it stopped).
/// </summary>
public sealed class PolicyChangeNoticesJob(ISender sender) : IRecurringJob
{
    public const string Id = "privacy:policy-change-notices";

    public async Task Run(CancellationToken cancellationToken) =>
        await sender.Send(new SendPolicyNotices(), cancellationToken);
}
