using SmartRoom.Modules.DealRooms.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.RequestMembershipReplay;

internal sealed class RequestMembershipReplayHandler(IDbContextOutbox<MessagingDbContext> outbox, TimeProvider clock)
    : ICommandHandler<RequestMembershipReplay, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(RequestMembershipReplay command, CancellationToken cancellationToken)
    {
        if (await outbox.DbContext.MembershipReplays.AnyAsync(cancellationToken))
        {
            return false;
        }

        var replay = new MembershipReplay { Id = Guid.CreateVersion7(), RequestedAt = clock.GetUtcNow() };
        outbox.DbContext.MembershipReplays.Add(replay);
        await outbox.SendAsync(new ReplayRoomMemberships(replay.Id, "messaging"));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return true;
    }
}
