using System.Text;

namespace SmartRoom.BuildingBlocks.Csv;

/// <summary>
/// One CSV field (RFC 4180), safe to open in a spreadsheet: a value that a spreadsheet would read as a formula
/// (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, carriage return or a quote mark) is defused with a
/// leading <c>'</c>; a value holding a comma, quote or line break is quoted, its quotes doubled. Null is an empty field.
/// Every export of the product writes its fields through this one rule.
/// </summary>
public static class CsvField
{
    public static StringBuilder Append(StringBuilder line, string? value)
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
