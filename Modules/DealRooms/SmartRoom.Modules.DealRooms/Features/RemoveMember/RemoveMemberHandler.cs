using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.DealRooms.Contracts;

namespace SmartRoom.Modules.DealRooms.Features.RemoveMember;

internal sealed class RemoveMemberHandler(
    IDbContextOutbox<DealRoomsDbContext> outbox,
    AuditTrail audit,
    TimeProvider clock) : ICommandHandler<RemoveMember, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RemoveMember command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var now = clock.GetUtcNow();
        var member = await db.Members.SingleOrDefaultAsync(m => m.RoomId == command.RoomId && m.UserId == command.UserId, cancellationToken);
        if (member is null || member.RemovedAt is not null)
        {
            return Error.NotFound("member");
        }

        if (member.Role == RoomRole.Manager && !await LastManagerRule.AnotherManagerStaysAsync(db, command.RoomId, member.UserId, now, cancellationToken))
        {
            return LastManagerRule.Refusal;
        }

        member.RemovedAt = now;
        await audit.AppendAsync(command.RoomId, ActorKind.Manager, AuditAction.MemberRemoved, "member", member.UserId.ToString(), new { member.Email }, cancellationToken);
        await outbox.PublishAsync(new MemberRemoved(Guid.CreateVersion7(), now, command.RoomId, member.UserId));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return Done.Value;
    }
}
