using SmartRoom.Modules.DealRooms.Views;

namespace SmartRoom.Modules.DealRooms.Features.CreateGroup;

internal sealed class CreateGroupHandler(DealRoomsDbContext db, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<CreateGroup, Result<GroupView>>
{
    public async ValueTask<Result<GroupView>> Handle(CreateGroup command, CancellationToken cancellationToken)
    {
        var name = command.Name.Trim();
        if (await db.Groups.AnyAsync(g => g.RoomId == command.RoomId && g.Name == name, cancellationToken))
        {
            return Error.Conflict("group-exists", $"The room already has a group named '{name}'.");
        }

        var group = new Group { Id = Guid.CreateVersion7(), RoomId = command.RoomId, Name = name, CreatedAt = clock.GetUtcNow() };
        db.Groups.Add(group);
        await audit.AppendAsync(command.RoomId, ActorKind.Manager, AuditAction.GroupCreated, "group", group.Id.ToString(), new { group.Name }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new GroupView(group.Id, group.Name, 0, group.CreatedAt);
    }
}
