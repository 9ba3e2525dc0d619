using System.Globalization;
using System.Text;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.ExportRoomAudit;

internal sealed class ExportRoomAuditHandler(EnteredRoom entered, DealRoomsDbContext db, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<ExportRoomAudit, Result<AuditExport>>
{
    public async ValueTask<Result<AuditExport>> Handle(ExportRoomAudit command, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(entered.Context, AuditAction.AuditExported, "room", command.RoomId.ToString(), AuditFilter.Describe(command), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        // Not run here: the query streams row by row while the response is written (same request scope).
        var records = AuditFilter.Apply(db.AuditRecords.AsNoTracking().Where(r => r.RoomId == command.RoomId), command)
            .OrderBy(r => r.Seq)
            .AsAsyncEnumerable();
        var day = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return new AuditExport($"audit-{command.RoomId:D}-{day}.csv", records);
    }
}
