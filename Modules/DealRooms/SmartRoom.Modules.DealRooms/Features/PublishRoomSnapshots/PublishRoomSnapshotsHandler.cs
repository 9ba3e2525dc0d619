using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.DealRooms.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.DealRooms.Features.PublishRoomSnapshots;

internal sealed class PublishRoomSnapshotsHandler(IServiceScopeFactory scopes, TimeProvider clock)
    : ICommandHandler<PublishRoomSnapshots, Result<int>>
{
    public async ValueTask<Result<int>> Handle(PublishRoomSnapshots command, CancellationToken cancellationToken)
    {
        Guid? after = null;
        var published = 0;
        while (true)
        {
            // Each batch is its own unit of work: its events commit together, and memory stays flat.
            await using var scope = scopes.CreateAsyncScope();
            var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<DealRoomsDbContext>>();
            var db = outbox.DbContext;
            var rooms = db.Rooms.AsNoTracking();
            if (command.RoomId is { } only)
            {
                rooms = rooms.Where(r => r.Id == only);
            }

            if (after is { } last)
            {
                rooms = rooms.Where(r => r.Id.CompareTo(last) > 0);
            }

            var batch = await rooms.OrderBy(r => r.Id).Take(command.BatchSize)
                .Select(r => new { r.Id, r.Name, r.Status, r.IpAllowList })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return published;
            }

            var ids = batch.Select(r => r.Id).ToList();
            var now = clock.GetUtcNow();
            var members = (await db.Members.AsNoTracking().Where(m => ids.Contains(m.RoomId)).ToListAsync(cancellationToken)).ToLookup(m => m.RoomId);
            var groups = (await db.Groups.AsNoTracking().Where(g => ids.Contains(g.RoomId)).ToListAsync(cancellationToken)).ToLookup(g => g.RoomId);
            var grants = (await db.SupportAccessRequests.AsNoTracking().Where(r => ids.Contains(r.RoomId)).Where(SupportAccessRequest.GrantedAt(now))
                .ToListAsync(cancellationToken)).ToLookup(r => r.RoomId);
            foreach (var room in batch)
            {
                await outbox.PublishAsync(new RoomMembershipSnapshotTaken(
                    Guid.CreateVersion7(), now, command.RequestId, room.Id, room.Name, room.Status.ToString(), room.IpAllowList,
                    members[room.Id].Select(m => new RoomMemberState(m.UserId, m.Email, m.DisplayName, m.Role.ToString(), m.GroupId, m.AccessExpiresAt, m.RemovedAt)).ToList(),
                    groups[room.Id].Select(g => new RoomGroupState(g.Id, g.Name)).ToList(),
                    grants[room.Id].Select(g => new SupportGrantState(g.Id, new RoomRecipient(g.RequestedBy, g.RequesterEmail, g.RequesterName), g.ExpiresAt!.Value, g.MayReadMessages)).ToList()));
                published++;
            }

            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
            after = batch[^1].Id;
        }
    }
}
