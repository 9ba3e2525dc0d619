namespace SmartRoom.Modules.DealRooms.Features.RecordLastSeen;

internal sealed class RecordLastSeenHandler(DealRoomsDbContext db) : ICommandHandler<RecordLastSeen, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RecordLastSeen command, CancellationToken cancellationToken)
    {
        var throttle = command.At.AddMinutes(-1);
        await db.Members
            .Where(m => m.RoomId == command.RoomId && m.UserId == command.UserId && (m.LastSeenAt == null || m.LastSeenAt < throttle))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.LastSeenAt, command.At), cancellationToken);
        return Done.Value;
    }
}
