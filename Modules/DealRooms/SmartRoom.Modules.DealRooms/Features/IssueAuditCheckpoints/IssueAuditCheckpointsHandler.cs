using Microsoft.Extensions.Logging;

namespace SmartRoom.Modules.DealRooms.Features.IssueAuditCheckpoints;

internal sealed class IssueAuditCheckpointsHandler(DealRoomsDbContext db, AuditCheckpointIssuer issuer, ILogger<IssueAuditCheckpointsHandler> logger)
    : ICommandHandler<IssueAuditCheckpoints, Result<CheckpointsIssued>>
{
    public async ValueTask<Result<CheckpointsIssued>> Handle(IssueAuditCheckpoints command, CancellationToken cancellationToken)
    {
        var rooms = await db.Rooms.AsNoTracking().OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        int issued = 0, refused = 0;
        foreach (var roomId in rooms)
        {
            var latest = await db.AuditCheckpoints.AsNoTracking().Where(c => c.RoomId == roomId).OrderByDescending(c => c.Seq)
                .Select(c => new { c.Seq, c.Hash }).FirstOrDefaultAsync(cancellationToken);
            var head = await db.AuditChainHeads.AsNoTracking().Where(h => h.RoomId == roomId).Select(h => new { h.Seq, h.Hash })
                .FirstOrDefaultAsync(cancellationToken);
            if (latest is not null && head is not null && latest.Seq == head.Seq && latest.Hash == head.Hash)
            {
                continue;
            }

            var result = await issuer.IssueAsync(roomId, cancellationToken);
            if (result.IsSuccess)
            {
                issued++;
            }
            else if (result.Error != AuditCheckpointIssuer.ChainEmpty)
            {
                refused++;
                logger.LogWarning("Room {RoomId}: no audit checkpoint issued ({Code}); its chain does not verify.", roomId, result.Error!.Code);
            }

            db.ChangeTracker.Clear();
        }

        return new CheckpointsIssued(rooms.Count, issued, refused);
    }
}
