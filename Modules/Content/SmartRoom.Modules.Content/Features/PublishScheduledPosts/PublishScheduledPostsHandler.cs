using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Content.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Content.Features.PublishScheduledPosts;

internal sealed class PublishScheduledPostsHandler(ContentDbContext db, IServiceScopeFactory scopes, TimeProvider clock)
    : ICommandHandler<PublishScheduledPosts, Result<ScheduledPostsRun>>
{
    /// <summary>Due posts read per round trip.</summary>
    public const int BatchSize = 100;

    public async ValueTask<Result<ScheduledPostsRun>> Handle(PublishScheduledPosts command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (published, passed) = (0, new HashSet<Guid>());
        while (true)
        {
            var batch = await db.Posts.AsNoTracking()
                .Where(p => p.Status == PostStatus.Scheduled && p.PublishAt <= now && !passed.Contains(p.Id))
                .OrderBy(p => p.PublishAt).ThenBy(p => p.Id)
                .Take(BatchSize)
                .Select(p => new Due(p.Id, p.Version))
                .ToListAsync(cancellationToken);
            foreach (var due in batch)
            {
                if (await PublishAsync(due, now, cancellationToken))
                {
                    published++;
                }
                else
                {
                    passed.Add(due.Id);
                }
            }

            if (batch.Count < BatchSize)
            {
                return new ScheduledPostsRun(published, passed.Count);
            }
        }
    }

    /// <summary>One post, one unit of work: the claim, the record and the announcement commit together, or none does.</summary>
    private async Task<bool> PublishAsync(Due due, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<ContentDbContext>>();
        var context = outbox.DbContext;
        await using var transaction = await context.Database.BeginTransactionAsync(ct);
        // The claim: only the version read, still Scheduled and due. A concurrent run that got there first moved the
        // version on (or waits on the row and then finds it moved): this one then changes nothing and announces nothing.
        var claimed = await context.Posts
            .Where(p => p.Id == due.Id && p.Version == due.Version && p.Status == PostStatus.Scheduled && p.PublishAt <= now)
            .ExecuteUpdateAsync(set => set
                .SetProperty(p => p.Status, PostStatus.Published)
                .SetProperty(p => p.PublishedAt, p => p.PublishAt)
                .SetProperty(p => p.PublishAt, (DateTimeOffset?)null)
                .SetProperty(p => p.UpdatedAt, now)
                .SetProperty(p => p.Version, due.Version + 1), ct);
        if (claimed != 1)
        {
            await transaction.RollbackAsync(ct);
            return false;
        }

        var post = await context.Posts.AsNoTracking().Where(p => p.Id == due.Id).Select(p => new { p.Slug, p.Title }).SingleAsync(ct);
        scope.ServiceProvider.GetRequiredService<ModerationLog>().Record(ModerationActions.PostPublished, ModerationTargets.Post, due.Id);
        await outbox.PublishAsync(new PostPublished(Guid.CreateVersion7(), now, due.Id, post.Slug, post.Title));
        await outbox.SaveChangesAndFlushMessagesAsync(ct);
        return true;
    }

    private sealed record Due(Guid Id, int Version);
}
