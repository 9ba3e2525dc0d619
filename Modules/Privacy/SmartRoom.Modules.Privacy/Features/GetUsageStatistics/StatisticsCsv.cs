using System.Globalization;
using System.Text;

namespace SmartRoom.Modules.Privacy.Features.GetUsageStatistics;

/// <summary>
/// The CSV form of a statistics export (RFC 4180): header <c>month,measure,dimension,count,suppressed</c>, one
/// line per row, CRLF, UTF-8 with a byte-order mark. A suppressed row's count is empty. A field holding a comma,
/// quote, CR or LF is quoted; a field beginning with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, CR or an
/// apostrophe gets a leading apostrophe so that a spreadsheet shows it as text instead of running it.
/// </summary>
internal static class StatisticsCsv
{
    public const string Header = "month,measure,dimension,count,suppressed";

    public static string Write(StatisticsReport report)
    {
        var csv = new StringBuilder("\uFEFF").Append(Header).Append("\r\n");
        foreach (var row in report.Rows)
        {
            Field(csv, row.Month).Append(',');
            Field(csv, row.Measure).Append(',');
            Field(csv, row.Dimension).Append(',');
            Field(csv, row.Count?.ToString(CultureInfo.InvariantCulture)).Append(',');
            Field(csv, row.Suppressed ? "true" : "false").Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>One field, defused and quoted as needed; null is an empty field.</summary>
    public static StringBuilder Field(StringBuilder csv, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return csv;
        }

        var defused = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\'';
        var quoted = value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        if (quoted)
        {
            csv.Append('"');
        }

        if (defused)
        {
            csv.Append('\'');
        }

        csv.Append(quoted ? value.Replace("\"", "\"\"", StringComparison.Ordinal) : value);
        return quoted ? csv.Append('"') : csv;
    }
}
