using SmartRoom.BuildingBlocks.Csv;
using System.Text;

namespace SmartRoom.Modules.DealRooms.Features.ExportRoomAudit;

internal static class ExportRoomAuditEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/audit/export", async (Guid roomId, Guid? actorId, string? action, Guid? documentId, string? actorKind,
                DateTimeOffset? from, DateTimeOffset? to, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ExportRoomAudit(roomId, actorId, action, documentId, actorKind, from, to), ct))
                .ToHttp(export => new StreamedCsvResult<AuditRecord>(export.FileName, AuditCsv.Header, export.Records, AuditCsv.AppendRecord)))
            .WithName("ExportRoomAudit")
            .WithSummary("Managers: the filtered records as a streamed CSV attachment (UTF-8 with BOM, RFC 4180, formula-defused); the export is audited.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
