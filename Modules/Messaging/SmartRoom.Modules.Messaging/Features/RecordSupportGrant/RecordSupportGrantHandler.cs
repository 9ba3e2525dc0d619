namespace SmartRoom.Modules.Messaging.Features.RecordSupportGrant;

internal sealed class RecordSupportGrantHandler(MessagingDbContext db, MembershipCopy copy) : ICommandHandler<RecordSupportGrant, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RecordSupportGrant command, CancellationToken cancellationToken)
    {
        await copy.RoomAsync(command.RoomId, cancellationToken);
        await copy.SupportGrantAsync(command.RoomId, command.RequestId, command.Support, command.ExpiresAt, command.MayReadMessages,
            command.RevokedAt, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }
}
