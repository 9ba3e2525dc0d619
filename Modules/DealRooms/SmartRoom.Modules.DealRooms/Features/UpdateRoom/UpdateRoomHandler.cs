using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Pipeline;
using SmartRoom.Modules.DealRooms.Views;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.DealRooms.Features.UpdateRoom;

internal sealed class UpdateRoomHandler(
    EnteredRoom entered, IDbContextOutbox<DealRoomsDbContext> outbox, AuditTrail audit, RoomDetailsReader reader, TimeProvider clock)
    : ICommandHandler<UpdateRoom, Result<RoomDetails>>
{
    public async ValueTask<Result<RoomDetails>> Handle(UpdateRoom command, CancellationToken cancellationToken)
    {
        var room = entered.Context.Room;
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (command.Name?.Trim() is { } name && name != room.Name)
        {
            room.Name = name;
            changes["name"] = name;
        }

        if (command.Description is { } description && description != room.Description)
        {
            room.Description = description;
            changes["description"] = description;
        }

        if (command.IpAllowList is { } ranges)
        {
            IpAllowList.TryParse(ranges, out var networks, out _);
            var stored = IpAllowList.Format(networks.Distinct());
            if (stored != room.IpAllowList)
            {
                room.IpAllowList = stored;
                changes["ipAllowList"] = IpAllowList.Ranges(stored);
                // Messaging's copy of the room admits members by the same list.
                await outbox.PublishAsync(new RoomAccessRulesChanged(Guid.CreateVersion7(), clock.GetUtcNow(), room.Id, stored));
            }
        }

        if (command.WatermarkDownloads is { } watermark && watermark != room.WatermarkDownloads)
        {
            room.WatermarkDownloads = watermark;
            changes["watermarkDownloads"] = watermark;
        }

        if (changes.Count > 0)
        {
            await audit.AppendAsync(entered.Context, AuditAction.RoomUpdated, "room", room.Id.ToString(), changes, cancellationToken);
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }

        return await reader.ReadAsync(entered.Context, cancellationToken);
    }
}
