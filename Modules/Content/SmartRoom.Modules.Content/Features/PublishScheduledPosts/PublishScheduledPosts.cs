namespace SmartRoom.Modules.Content.Features.PublishScheduledPosts;

/// <summary>
/// One run of <c>content:publish-scheduled</c>: publishes every Scheduled post whose <c>PublishAt</c> has come
/// (<c>PublishedAt</c> = its <c>PublishAt</c>), each in a unit of work of its own that first claims the post by its
/// <c>Version</c> (an update that only matches the version read), then puts the publication on the record (by the
/// system) and announces <c>PostPublished</c> through the outbox. A second run, a concurrent one on another instance,
/// or one after a crash finds the post no longer Scheduled (or loses the claim) and does nothing twice; a post
/// unpublished or rescheduled meanwhile is no longer due.
/// </summary>
internal sealed record PublishScheduledPosts : ICommand<Result<ScheduledPostsRun>>;

/// <summary>What one run did: posts published, and due posts passed over because another run published them first.</summary>
internal sealed record ScheduledPostsRun(int Published, int Skipped);
