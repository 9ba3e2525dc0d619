using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Views;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.DealRooms.Features.CreateGroup;

internal sealed class CreateGroupHandler(IDbContextOutbox<DealRoomsDbContext> outbox, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<CreateGroup, Result<GroupView>>
{
    public async ValueTask<Result<GroupView>> Handle(CreateGroup command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var name = command.Name.Trim();
        if (await db.Groups.AnyAsync(g => g.RoomId == command.RoomId && g.Name == name, cancellationToken))
        {
            return Error.Conflict("group-exists", $"The room already has a group named '{name}'.");
        }

        var group = new Group { Id = Guid.CreateVersion7(), RoomId = command.RoomId, Name = name, CreatedAt = clock.GetUtcNow() };
        db.Groups.Add(group);
        await audit.AppendAsync(command.RoomId, ActorKind.Manager, AuditAction.GroupCreated, "group", group.Id.ToString(), new { group.Name }, cancellationToken);
        await outbox.PublishAsync(new RoomGroupCreated(Guid.CreateVersion7(), group.CreatedAt, command.RoomId, group.Id, group.Name));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new GroupView(group.Id, group.Name, 0, group.CreatedAt);
    }
}
