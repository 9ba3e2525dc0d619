namespace SmartRoom.Modules.Messaging.Features.RecordGroup;

internal sealed class RecordGroupHandler(MessagingDbContext db, MembershipCopy copy) : ICommandHandler<RecordGroup, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RecordGroup command, CancellationToken cancellationToken)
    {
        await copy.RoomAsync(command.RoomId, cancellationToken);
        await copy.GroupAsync(command.RoomId, command.GroupId, command.Name, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }
}
