using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Identity.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Identity.Features.PublishAccountSnapshots;

internal sealed class PublishAccountSnapshotsHandler(IServiceScopeFactory scopes, TimeProvider clock)
    : ICommandHandler<PublishAccountSnapshots, Result<int>>
{
    public async ValueTask<Result<int>> Handle(PublishAccountSnapshots command, CancellationToken cancellationToken)
    {
        Guid? after = null;
        var published = 0;
        while (true)
        {
            // Each batch is its own unit of work: its events commit together, and memory stays flat.
            await using var scope = scopes.CreateAsyncScope();
            var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<IdentityDbContext>>();
            var db = outbox.DbContext;
            var users = db.Users.AsNoTracking();
            if (after is { } last)
            {
                users = users.Where(u => u.Id.CompareTo(last) > 0);
            }

            var batch = await users
                .OrderBy(u => u.Id)
                .Take(command.BatchSize)
                .Select(u => new
                {
                    u.Id,
                    u.Email,
                    u.DisplayName,
                    u.EmailConfirmed,
                    u.LockoutEnd,
                    u.CreatedAt,
                    Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return published;
            }

            var now = clock.GetUtcNow();
            foreach (var user in batch.Where(u => u.Email is not null))
            {
                await outbox.PublishAsync(new AccountSnapshotTaken(
                    Guid.CreateVersion7(), now, command.RequestId, user.Id, user.Email!, user.DisplayName, user.EmailConfirmed,
                    user.Roles.Order(StringComparer.Ordinal).ToList(), user.LockoutEnd > now ? user.LockoutEnd : null, user.CreatedAt));
                published++;
            }

            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
            after = batch[^1].Id;
        }
    }
}
