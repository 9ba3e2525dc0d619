using System.Globalization;
using System.Text;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.Audit;

/// <summary>What an export sends: its file name and the matching records in seq order, read as they are written out.</summary>
internal sealed record AuditExport(string FileName, IAsyncEnumerable<AuditRecord> Records);

/// <summary>
/// A manager downloads the room's audit trail (the list's filters, no paging) as CSV. A command, not a
/// query: the export itself goes on the record (<c>audit.exported</c>, with its filters) before a byte is sent.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record ExportRoomAudit(Guid RoomId, Guid? ActorId, string? Action, Guid? DocumentId, string? ActorKind, DateTimeOffset? From, DateTimeOffset? To)
    : ICommand<Result<AuditExport>>, IAuditFilter, IRoomRequest;

internal sealed class ExportRoomAuditValidator : AbstractValidator<ExportRoomAudit>
{
    public ExportRoomAuditValidator() => AuditFilter.AddRules(this);
}

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

/// <summary>
/// The CSV form of audit records (RFC 4180): a header line, then one line per record, lines ending in CRLF.
/// A field holding a comma, a double quote, CR or LF is put in double quotes, its quotes doubled.
/// Spreadsheet formula injection: a field beginning with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR
/// (or with an apostrophe, so the rule can be undone) gets one leading apostrophe (<c>'</c>), so
/// Excel and LibreOffice show it as text instead of evaluating it; to get the stored value back, drop
/// one leading apostrophe from any field that has one (needed to recompute a hash from the file).
/// The file is UTF-8 with a byte-order mark, without which Excel reads it in the local code page.
/// </summary>
internal static class AuditCsv
{
    public static readonly string Header =
        "seq,occurredAt,actorId,actorKind,action,targetType,targetId,ipAddress,userAgent,details,prevHash,hash";

    public static void AppendRecord(StringBuilder line, AuditRecord r)
    {
        AppendField(line, r.Seq.ToString(CultureInfo.InvariantCulture)).Append(',');
        AppendField(line, r.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)).Append(',');
        AppendField(line, r.ActorId?.ToString("D")).Append(',');
        AppendField(line, r.ActorKind.ToString()).Append(',');
        AppendField(line, r.Action).Append(',');
        AppendField(line, r.TargetType).Append(',');
        AppendField(line, r.TargetId).Append(',');
        AppendField(line, r.IpAddress).Append(',');
        AppendField(line, r.UserAgent).Append(',');
        AppendField(line, r.Details).Append(',');
        AppendField(line, r.PrevHash).Append(',');
        AppendField(line, r.Hash).Append("\r\n");
    }

    /// <summary>One field, defused and quoted as needed; null is an empty field.</summary>
    public static StringBuilder AppendField(StringBuilder line, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return line;
        }

        var defused = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\'';
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return (defused ? line.Append('\'') : line).Append(value);
        }

        line.Append('"');
        if (defused)
        {
            line.Append('\'');
        }

        return line.Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}

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

internal static class ExportRoomAuditEndpoint
{
    public static void Map(IEndpointRouteBuilder rooms) =>
        rooms.MapGet("/{roomId:guid}/audit/export", async (Guid roomId, Guid? actorId, string? action, Guid? documentId, string? actorKind,
                DateTimeOffset? from, DateTimeOffset? to, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ExportRoomAudit(roomId, actorId, action, documentId, actorKind, from, to), ct))
                .ToHttp(export => new AuditCsvResult(export)))
            .WithName("ExportRoomAudit")
            .WithSummary("Managers: the filtered records as a streamed CSV attachment (UTF-8 with BOM, RFC 4180, formula-defused); the export is audited.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
