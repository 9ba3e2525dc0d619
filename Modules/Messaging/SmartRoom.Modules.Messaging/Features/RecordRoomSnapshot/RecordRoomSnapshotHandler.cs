namespace SmartRoom.Modules.Messaging.Features.RecordRoomSnapshot;

internal sealed class RecordRoomSnapshotHandler(MessagingDbContext db, MembershipCopy copy) : ICommandHandler<RecordRoomSnapshot, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RecordRoomSnapshot command, CancellationToken cancellationToken)
    {
        var s = command.Snapshot;
        var room = await copy.RoomAsync(s.RoomId, cancellationToken);
        MembershipCopy.Name(room, s.RoomName, s.OccurredAt);
        MembershipCopy.Status(room, s.Status, s.OccurredAt);
        MembershipCopy.AccessRules(room, s.IpAllowList, s.OccurredAt);
        foreach (var m in s.Members)
        {
            var member = await copy.MemberAsync(s.RoomId, m.UserId, cancellationToken);
            MembershipCopy.Apply(member, s.OccurredAt, m.Role, m.GroupId, m.AccessExpiresAt, m.RemovedAt, m.Email, m.DisplayName);
        }

        foreach (var g in s.Groups)
        {
            await copy.GroupAsync(s.RoomId, g.GroupId, g.Name, cancellationToken);
        }

        foreach (var grant in s.SupportGrants)
        {
            await copy.SupportGrantAsync(s.RoomId, grant.RequestId, grant.Support, grant.ExpiresAt, grant.MayReadMessages, null, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Done.Value;
    }
}
