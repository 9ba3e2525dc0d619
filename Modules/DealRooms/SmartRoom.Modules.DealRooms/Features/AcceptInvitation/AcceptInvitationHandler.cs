using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.AcceptInvitation;

internal sealed class AcceptInvitationHandler(
    IDbContextOutbox<DealRoomsDbContext> outbox,
    RoomPermissions permissions,
    AuditTrail audit,
    ICurrentUser caller,
    TimeProvider clock) : ICommandHandler<AcceptInvitation, Result<RoomView>>
{
    public async ValueTask<Result<RoomView>> Handle(AcceptInvitation command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var hash = OpaqueTokens.Hash(command.Token.Trim());
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null || !string.Equals(invitation.Email, caller.Email, StringComparison.OrdinalIgnoreCase))
        {
            return Error.NotFound("invitation");
        }

        var now = clock.GetUtcNow();
        if (invitation.RevokedAt is not null)
        {
            return Error.Gone("invitation-revoked", "This invitation was withdrawn by the room's managers.");
        }

        if (invitation.AcceptedAt is not null)
        {
            return Error.Gone("invitation-used", "This invitation was already used.");
        }

        if (invitation.ExpiresAt <= now)
        {
            return Error.Gone("invitation-expired", "This invitation has expired; ask the room's managers for a new one.");
        }

        var room = await db.Rooms.SingleAsync(r => r.Id == invitation.RoomId, cancellationToken);
        if (room.Status == RoomStatus.Archived)
        {
            return Error.Gone("room-archived", "The room has been archived.");
        }

        var userId = caller.Id!.Value;
        var member = await db.Members.SingleOrDefaultAsync(m => m.RoomId == room.Id && m.UserId == userId, cancellationToken);
        if (member is null)
        {
            member = new Member
            {
                RoomId = room.Id,
                UserId = userId,
                Email = caller.Email!,
                DisplayName = caller.DisplayName ?? caller.Email!,
                Role = invitation.Role,
                GroupId = invitation.GroupId,
                JoinedAt = now,
            };
            db.Members.Add(member);
        }
        else
        {
            // An invitation is no way round the rule that a room keeps a manager who stays.
            if (member.IsActive(now) && member.Role == RoomRole.Manager && invitation.Role != RoomRole.Manager
                && !await LastManagerRule.AnotherManagerStaysAsync(db, room.Id, userId, now, cancellationToken))
            {
                return LastManagerRule.Refusal;
            }

            // Re-invited after removal or expiry: back in, with the new role and group.
            member.Role = invitation.Role;
            member.GroupId = invitation.GroupId;
            member.RemovedAt = null;
            member.AccessExpiresAt = null;
        }

        invitation.AcceptedAt = now;
        invitation.AcceptedBy = userId;
        await audit.AppendAsync(room.Id, ActorKind.Member, AuditAction.MemberJoined, "member", userId.ToString(),
            new { invitationId = invitation.Id, role = invitation.Role.ToString(), invitation.GroupId }, cancellationToken);
        var managers = (await permissions.ManagersAsync(room.Id, now, cancellationToken)).Where(m => m.UserId != userId).ToList();
        await outbox.PublishAsync(new MemberJoined(Guid.CreateVersion7(), now, room.Id, room.Name, userId, member.Email, member.DisplayName, member.Role.ToString(),
            member.GroupId, managers));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new RoomView(room.Id, room.Name, room.Description, room.Status, member.Role, room.CreatedAt);
    }
}
