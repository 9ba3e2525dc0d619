using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.ChangeRoomStatus;

internal sealed class ChangeRoomStatusHandler(
    EnteredRoom entered,
    IDbContextOutbox<DealRoomsDbContext> outbox,
    AuditTrail audit,
    TimeProvider clock) : ICommandHandler<ChangeRoomStatus, Result<RoomView>>
{
    public async ValueTask<Result<RoomView>> Handle(ChangeRoomStatus command, CancellationToken cancellationToken)
    {
        var room = entered.Context.Room;
        var previous = room.Status;
        if (previous == command.Status)
        {
            return new RoomView(room.Id, room.Name, room.Description, room.Status, RoomRole.Manager, room.CreatedAt);
        }

        if (!Room.CanMove(previous, command.Status))
        {
            return Error.Conflict("invalid-status-change", $"A {previous} room cannot become {command.Status}.");
        }

        var now = clock.GetUtcNow();
        room.Status = command.Status;
        await audit.AppendAsync(room.Id, ActorKind.Manager, AuditAction.RoomStatusChanged, "room", room.Id.ToString(),
            new { from = previous.ToString(), to = command.Status.ToString() }, cancellationToken);
        var members = await outbox.DbContext.Members.AsNoTracking()
            .Where(Member.ActiveAt(now)).Where(m => m.RoomId == room.Id)
            .Select(m => new RoomRecipient(m.UserId, m.Email, m.DisplayName))
            .ToListAsync(cancellationToken);
        await outbox.PublishAsync(new DealRoomStatusChanged(Guid.CreateVersion7(), now, room.Id, room.Name, previous.ToString(), room.Status.ToString(), members));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new RoomView(room.Id, room.Name, room.Description, room.Status, RoomRole.Manager, room.CreatedAt);
    }
}
