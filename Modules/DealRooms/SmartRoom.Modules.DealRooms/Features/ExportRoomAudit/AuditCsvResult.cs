using System.Text;

namespace SmartRoom.Modules.DealRooms.Features.ExportRoomAudit;

/// <summary>Writes an export to the response as its records arrive: memory stays flat however long the trail is.</summary>
internal sealed class AuditCsvResult(AuditExport export) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var ct = httpContext.RequestAborted;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{export.FileName}\"";
        response.Headers.CacheControl = "no-store";

        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteAsync("\uFEFF" + AuditCsv.Header + "\r\n");
        var line = new StringBuilder(1024);
        var rows = 0;
        await foreach (var record in export.Records.WithCancellation(ct))
        {
            line.Clear();
            AuditCsv.AppendRecord(line, record);
            await writer.WriteAsync(line, ct);
            if (++rows % 256 == 0)
            {
                await writer.FlushAsync(ct);
            }
        }

        await writer.FlushAsync(ct);
    }
}
