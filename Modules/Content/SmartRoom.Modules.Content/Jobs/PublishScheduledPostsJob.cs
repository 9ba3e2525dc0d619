using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.Modules.Content.Features.PublishScheduledPosts;

namespace SmartRoom.Modules.Content.Jobs;

/// <summary><c>content:publish-scheduled</c> (every minute): publishes each scheduled post whose time has come, exactly once.</summary>
public sealed class PublishScheduledPostsJob(ISender sender) : IRecurringJob
{
    public const string Id = "content:publish-scheduled";

    public const string Schedule = "* * * * *";

    public async Task Run(CancellationToken cancellationToken) =>
        await sender.Send(new PublishScheduledPosts(), cancellationToken);
}
