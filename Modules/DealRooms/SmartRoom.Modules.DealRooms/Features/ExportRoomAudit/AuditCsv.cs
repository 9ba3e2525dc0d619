using System.Globalization;
using System.Text;
using SmartRoom.BuildingBlocks.Csv;

namespace SmartRoom.Modules.DealRooms.Features.ExportRoomAudit;

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
        CsvField.Append(line, r.Seq.ToString(CultureInfo.InvariantCulture)).Append(',');
        CsvField.Append(line, r.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)).Append(',');
        CsvField.Append(line, r.ActorId?.ToString("D")).Append(',');
        CsvField.Append(line, r.ActorKind.ToString()).Append(',');
        CsvField.Append(line, r.Action).Append(',');
        CsvField.Append(line, r.TargetType).Append(',');
        CsvField.Append(line, r.TargetId).Append(',');
        CsvField.Append(line, r.IpAddress).Append(',');
        CsvField.Append(line, r.UserAgent).Append(',');
        CsvField.Append(line, r.Details).Append(',');
        CsvField.Append(line, r.PrevHash).Append(',');
        CsvField.Append(line, r.Hash).Append("\r\n");
    }
}
