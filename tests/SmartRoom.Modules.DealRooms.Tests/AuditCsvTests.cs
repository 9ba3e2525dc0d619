using System.Text;
using SmartRoom.Modules.DealRooms.Features.ExportRoomAudit;

namespace SmartRoom.Modules.DealRooms.Tests;

public sealed class AuditCsvTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("plain text", "plain text")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("line\nfeed", "\"line\nfeed\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("'quoted", "''quoted")]
    [InlineData("=HYPERLINK(\"http://evil.test\",\"x\")", "\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"x\"\")\"")]
    [InlineData("a=b", "a=b")]
    public void Fields_are_quoted_and_formulas_defused(string? value, string expected) =>
        SmartRoom.BuildingBlocks.Csv.CsvField.Append(new StringBuilder(), value).ToString().ShouldBe(expected);
}
