using System.Globalization;
using System.Text;
using SmartRoom.BuildingBlocks.Csv;

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
        CsvField.Append(line, r.Number.ToString(CultureInfo.InvariantCulture)).Append(',');
        CsvField.Append(line, r.Group).Append(',');
        CsvField.Append(line, r.AskedBy).Append(',');
        CsvField.Append(line, Time(r.AskedAt)).Append(',');
        CsvField.Append(line, r.Category).Append(',');
        CsvField.Append(line, r.Priority).Append(',');
        CsvField.Append(line, r.Status).Append(',');
        CsvField.Append(line, Time(r.DueAt)).Append(',');
        CsvField.Append(line, r.Title).Append(',');
        CsvField.Append(line, r.Question).Append(',');
        CsvField.Append(line, r.Answer).Append(',');
        CsvField.Append(line, r.AnswerSha256).Append(',');
        CsvField.Append(line, r.AnsweredAt is { } at ? Time(at) : null).Append(',');
        CsvField.Append(line, r.Assignee).Append(',');
        CsvField.Append(line, r.Faq).Append("\r\n");
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
