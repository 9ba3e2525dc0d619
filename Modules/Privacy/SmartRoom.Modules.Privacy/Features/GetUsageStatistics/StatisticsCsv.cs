using System.Globalization;
using System.Text;
using SmartRoom.BuildingBlocks.Csv;

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
            CsvField.Append(csv, row.Month).Append(',');
            CsvField.Append(csv, row.Measure).Append(',');
            CsvField.Append(csv, row.Dimension).Append(',');
            CsvField.Append(csv, row.Count?.ToString(CultureInfo.InvariantCulture)).Append(',');
            CsvField.Append(csv, row.Suppressed ? "true" : "false").Append("\r\n");
        }

        return csv.ToString();
    }
}
