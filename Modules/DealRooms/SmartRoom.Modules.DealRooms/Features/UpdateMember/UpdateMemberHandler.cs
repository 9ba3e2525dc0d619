using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.UpdateMember;

internal sealed class UpdateMemberHandler(
    IDbContextOutbox<DealRoomsDbContext> outbox,
    AuditTrail audit,
    TimeProvider clock) : ICommandHandler<UpdateMember, Result<MemberView>>
{
    public async ValueTask<Result<MemberView>> Handle(UpdateMember command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var now = clock.GetUtcNow();
        var member = await db.Members.SingleOrDefaultAsync(m => m.RoomId == command.RoomId && m.UserId == command.UserId, cancellationToken);
        if (member is null || !member.IsActive(now))
        {
            return Error.NotFound("member");
        }

        if (command.GroupId is { } groupId && !await db.Groups.AnyAsync(g => g.Id == groupId && g.RoomId == command.RoomId, cancellationToken))
        {
            return Error.Validation("groupId", "The group does not exist in this room.");
        }

        // Demoting a manager, or giving one an expiry, must leave another manager who stays.
        var demoted = command.Role is { } role && role != RoomRole.Manager;
        var expiring = !command.ClearAccessExpiry && command.AccessExpiresAt is not null;
        if (member.Role == RoomRole.Manager && (demoted || expiring)
            && !await LastManagerRule.AnotherManagerStaysAsync(db, command.RoomId, member.UserId, now, cancellationToken))
        {
            return LastManagerRule.Refusal;
        }

        // As at invitation: everyone but a manager belongs to a group (else they would see nothing, silently).
        if ((command.Role ?? member.Role) != RoomRole.Manager && (command.GroupId ?? member.GroupId) is null)
        {
            return Error.Validation("groupId", "A member who is not a manager belongs to a group; give 'groupId'.");
        }

        var before = new { role = member.Role.ToString(), member.GroupId, member.AccessExpiresAt };
        member.Role = command.Role ?? member.Role;
        member.GroupId = command.GroupId ?? member.GroupId;
        member.AccessExpiresAt = command.ClearAccessExpiry ? null : command.AccessExpiresAt ?? member.AccessExpiresAt;
        await audit.AppendAsync(command.RoomId, ActorKind.Manager, AuditAction.MemberChanged, "member", member.UserId.ToString(),
            new { before, after = new { role = member.Role.ToString(), member.GroupId, member.AccessExpiresAt } }, cancellationToken);
        await outbox.PublishAsync(new MemberChanged(Guid.CreateVersion7(), now, command.RoomId, member.UserId, member.Role.ToString(), member.GroupId,
            member.AccessExpiresAt, before.role, before.GroupId));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new MemberView(member.UserId, member.Email, member.DisplayName, member.Role, member.GroupId, member.JoinedAt, member.AccessExpiresAt);
    }
}
