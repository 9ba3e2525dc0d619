using System.Globalization;
using System.Text;

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
