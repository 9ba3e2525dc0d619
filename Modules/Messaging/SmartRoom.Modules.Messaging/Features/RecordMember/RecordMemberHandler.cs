namespace SmartRoom.Modules.Messaging.Features.RecordMember;

internal sealed class RecordMemberHandler(MessagingDbContext db, MembershipCopy copy) : ICommandHandler<RecordMember, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RecordMember command, CancellationToken cancellationToken)
    {
        await copy.RoomAsync(command.RoomId, cancellationToken);
        var member = await copy.MemberAsync(command.RoomId, command.UserId, cancellationToken);
        if (command.Removed)
        {
            MembershipCopy.Removed(member, command.OccurredAt);
        }
        else
        {
            MembershipCopy.Apply(member, command.OccurredAt, command.Role, command.GroupId, command.AccessExpiresAt, null, command.Email, command.DisplayName);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }
}
