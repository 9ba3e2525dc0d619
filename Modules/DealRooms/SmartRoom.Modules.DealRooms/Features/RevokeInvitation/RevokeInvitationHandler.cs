namespace SmartRoom.Modules.DealRooms.Features.RevokeInvitation;

internal sealed class RevokeInvitationHandler(DealRoomsDbContext db, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<RevokeInvitation, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RevokeInvitation command, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == command.InvitationId && i.RoomId == command.RoomId, cancellationToken);
        if (invitation is null || !invitation.IsPending(clock.GetUtcNow()))
        {
            return Error.NotFound("invitation");
        }

        invitation.RevokedAt = clock.GetUtcNow();
        await audit.AppendAsync(command.RoomId, ActorKind.Manager, AuditAction.InvitationRevoked, "invitation", invitation.Id.ToString(), new { invitation.Email }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }
}
