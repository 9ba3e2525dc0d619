using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.InviteMember;

internal sealed class InviteMemberHandler(
    EnteredRoom entered,
    IDbContextOutbox<DealRoomsDbContext> outbox,
    AuditTrail audit,
    ICurrentUser caller,
    SecretSealer sealer,
    TimeProvider clock) : ICommandHandler<InviteMember, Result<InvitationView>>
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(14);

    public async ValueTask<Result<InvitationView>> Handle(InviteMember command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        if (command.GroupId is { } groupId && !await db.Groups.AnyAsync(g => g.Id == groupId && g.RoomId == command.RoomId, cancellationToken))
        {
            return Error.Validation("groupId", "The group does not exist in this room.");
        }

        var email = command.Email.Trim();
        var now = clock.GetUtcNow();
        if (await db.Members.AnyAsync(m => m.RoomId == command.RoomId && m.Email.ToLower() == email.ToLower() && m.RemovedAt == null, cancellationToken))
        {
            return Error.Conflict("already-member", "This person is already a member of the room.");
        }

        var token = OpaqueTokens.New();
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(),
            RoomId = command.RoomId,
            Email = email,
            Role = command.Role,
            GroupId = command.Role == RoomRole.Manager ? null : command.GroupId,
            TokenHash = OpaqueTokens.Hash(token),
            CreatedAt = now,
            CreatedBy = caller.Id!.Value,
            ExpiresAt = command.ExpiresAt ?? now + DefaultLifetime,
        };
        db.Invitations.Add(invitation);
        await audit.AppendAsync(command.RoomId, ActorKind.Manager, AuditAction.InvitationIssued, "invitation", invitation.Id.ToString(),
            new { invitation.Email, role = invitation.Role.ToString(), invitation.GroupId, invitation.ExpiresAt }, cancellationToken);
        await outbox.PublishAsync(new InvitationIssued(Guid.CreateVersion7(), now, invitation.Id, command.RoomId, entered.Context.Room.Name,
            email, invitation.Role.ToString(), caller.DisplayName ?? "A manager", invitation.ExpiresAt,
            sealer.Seal(InvitationIssued.SecretPurpose, token)));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new InvitationView(invitation.Id, invitation.Email, invitation.Role, invitation.GroupId, invitation.CreatedAt, invitation.ExpiresAt);
    }
}
