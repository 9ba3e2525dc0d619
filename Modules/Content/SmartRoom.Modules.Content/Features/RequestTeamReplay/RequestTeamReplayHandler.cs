using SmartRoom.Modules.Identity.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Content.Features.RequestTeamReplay;

internal sealed class RequestTeamReplayHandler(IDbContextOutbox<ContentDbContext> outbox, TimeProvider clock)
    : ICommandHandler<RequestTeamReplay, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(RequestTeamReplay command, CancellationToken cancellationToken)
    {
        if (await outbox.DbContext.TeamReplays.AnyAsync(cancellationToken))
        {
            return false;
        }

        var replay = new TeamReplay { Id = Guid.CreateVersion7(), RequestedAt = clock.GetUtcNow() };
        outbox.DbContext.TeamReplays.Add(replay);
        await outbox.SendAsync(new ReplayAccounts(replay.Id, "content"));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return true;
    }
}
