using System.Text;
using SmartRoom.Modules.Privacy.Features.GetUsageStatistics;

namespace SmartRoom.Modules.Privacy.Tests;

public sealed class StatisticsCsvTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("'quoted", "''quoted")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("=a,\"b\"", "\"'=a,\"\"b\"\"\"")]
    [InlineData("pdf", "pdf")]
    public void A_field_that_a_spreadsheet_would_run_is_defused_and_quoted_as_needed(string value, string written) =>
        SmartRoom.BuildingBlocks.Csv.CsvField.Append(new StringBuilder(), value).ToString().ShouldBe(written);

    [Fact]
    public void A_suppressed_row_has_no_count()
    {
        var csv = StatisticsCsv.Write(new StatisticsReport("2026-01", "2026-01", 10, 3,
            [new StatisticsRow("2026-01", "accounts-registered", "all", null, true), new StatisticsRow("2026-01", "deal-rooms-created", "all", 12, false)]));

        csv.ShouldBe("\uFEFFmonth,measure,dimension,count,suppressed\r\n2026-01,accounts-registered,all,,true\r\n2026-01,deal-rooms-created,all,12,false\r\n");
    }
}
