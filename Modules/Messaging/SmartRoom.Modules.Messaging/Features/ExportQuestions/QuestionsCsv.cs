using System.Globalization;
using System.Text;

namespace SmartRoom.Modules.Messaging.Features.ExportQuestions;

/// <summary>
/// The CSV form of questions (RFC 4180): a header line, then one line per question, lines ending in CRLF. A field
/// holding a comma, a double quote, CR or LF is put in double quotes, its quotes doubled. Spreadsheet formula
/// injection: a field beginning with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR (or with an apostrophe, so the
/// rule can be undone) gets one leading apostrophe, so a spreadsheet shows it as text instead of evaluating it; to
/// check an answer against its SHA-256, drop one leading apostrophe from a field that has one.
/// </summary>
internal static class QuestionsCsv
{
    public const string Header =
        "number,group,askedBy,askedAt,category,priority,status,dueAt,title,question,answer,answerSha256,answeredAt,assignee,faq";

    public static void AppendRow(StringBuilder line, QuestionCsvRow r)
    {
        AppendField(line, r.Number.ToString(CultureInfo.InvariantCulture)).Append(',');
        AppendField(line, r.Group).Append(',');
        AppendField(line, r.AskedBy).Append(',');
        AppendField(line, Time(r.AskedAt)).Append(',');
        AppendField(line, r.Category).Append(',');
        AppendField(line, r.Priority).Append(',');
        AppendField(line, r.Status).Append(',');
        AppendField(line, Time(r.DueAt)).Append(',');
        AppendField(line, r.Title).Append(',');
        AppendField(line, r.Question).Append(',');
        AppendField(line, r.Answer).Append(',');
        AppendField(line, r.AnswerSha256).Append(',');
        AppendField(line, r.AnsweredAt is { } at ? Time(at) : null).Append(',');
        AppendField(line, r.Assignee).Append(',');
        AppendField(line, r.Faq).Append("\r\n");
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

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
