namespace SmartRoom.Modules.Messaging.Features.RecordRoom;

internal sealed class RecordRoomHandler(MessagingDbContext db, MembershipCopy copy) : ICommandHandler<RecordRoom, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RecordRoom command, CancellationToken cancellationToken)
    {
        var room = await copy.RoomAsync(command.RoomId, cancellationToken);
        if (command.Name is { } name)
        {
            MembershipCopy.Name(room, name, command.OccurredAt);
        }

        if (command.Status is { } status)
        {
            MembershipCopy.Status(room, status, command.OccurredAt);
        }

        if (command.IpAllowList is { } ranges)
        {
            MembershipCopy.AccessRules(room, ranges, command.OccurredAt);
        }

        if (command.Creator is { } creator)
        {
            var member = await copy.MemberAsync(command.RoomId, creator.UserId, cancellationToken);
            MembershipCopy.Apply(member, command.OccurredAt, MemberRoles.Manager, null, null, null, creator.Email, creator.DisplayName);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }
}
