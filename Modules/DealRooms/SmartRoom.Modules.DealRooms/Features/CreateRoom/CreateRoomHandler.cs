using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.CreateRoom;

internal sealed class CreateRoomHandler(IDbContextOutbox<DealRoomsDbContext> outbox, AuditTrail audit, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<CreateRoom, Result<RoomView>>
{
    public async ValueTask<Result<RoomView>> Handle(CreateRoom command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var room = new Room
        {
            Id = Guid.CreateVersion7(),
            Name = command.Name.Trim(),
            Description = command.Description?.Trim() ?? "",
            Status = RoomStatus.Draft,
            CreatedAt = now,
            CreatedBy = caller.Id!.Value,
        };
        var db = outbox.DbContext;
        db.Rooms.Add(room);
        var manager = new Member
        {
            RoomId = room.Id,
            UserId = caller.Id.Value,
            Email = caller.Email ?? "",
            DisplayName = caller.DisplayName ?? "",
            Role = RoomRole.Manager,
            JoinedAt = now,
        };
        db.Members.Add(manager);
        await audit.AppendAsync(room.Id, ActorKind.Manager, AuditAction.RoomCreated, "room", room.Id.ToString(), new { room.Name }, cancellationToken);
        await outbox.PublishAsync(new DealRoomCreated(Guid.CreateVersion7(), now, room.Id, room.Name, room.CreatedBy,
            new RoomRecipient(manager.UserId, manager.Email, manager.DisplayName)));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new RoomView(room.Id, room.Name, room.Description, room.Status, RoomRole.Manager, room.CreatedAt);
    }
}
