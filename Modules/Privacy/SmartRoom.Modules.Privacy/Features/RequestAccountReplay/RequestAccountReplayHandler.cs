using SmartRoom.Modules.Identity.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Privacy.Features.RequestAccountReplay;

internal sealed class RequestAccountReplayHandler(IDbContextOutbox<PrivacyDbContext> outbox, TimeProvider clock)
    : ICommandHandler<RequestAccountReplay, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(RequestAccountReplay command, CancellationToken cancellationToken)
    {
        if (await outbox.DbContext.AccountReplays.AnyAsync(cancellationToken))
        {
            return false;
        }

        var replay = new AccountReplay { Id = Guid.CreateVersion7(), RequestedAt = clock.GetUtcNow() };
        outbox.DbContext.AccountReplays.Add(replay);
        await outbox.SendAsync(new ReplayAccounts(replay.Id, "privacy"));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return true;
    }
}
