using System.Globalization;
using System.Text;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// The policy's "what we collect, why, for how long, who receives it" section, generated from the data map at
/// publication: the author writes the marker line <c>&lt;!-- data-map --&gt;</c> where it goes, and every
/// category a module declared becomes a row. So the published policy cannot drift from the code.
/// </summary>
internal static class PolicyDataMapSection
{
    public const string Marker = "<!-- data-map -->";

    public static bool HasMarker(string text) => Lines(text).Any(IsMarker);

    /// <summary>The text with the marker line replaced by the table (every marker line, should there be several).</summary>
    public static string Fill(string text, DataMap map)
    {
        var table = Table(map);
        return string.Join('\n', Lines(text).Select(line => IsMarker(line) ? table : line));
    }

    /// <summary>Keys of the declared categories that are not a row of <paramref name="publishedText"/>'s table.</summary>
    public static IReadOnlyList<string> MissingFrom(string publishedText, DataMap map) =>
        map.Categories.Where(c => !publishedText.Contains($"| {Cell(c.Name)} |", StringComparison.Ordinal)).Select(c => c.Key).ToList();

    public static string Table(DataMap map)
    {
        var table = new StringBuilder();
        table.Append("| Data | What we keep | Why | Legal basis | Who receives it | How long |\n");
        table.Append("|---|---|---|---|---|---|\n");
        foreach (var category in map.Categories)
        {
            table.Append("| ").Append(Cell(category.Name))
                .Append(" | ").Append(Cell(category.WhatWeKeep))
                .Append(" | ").Append(Cell(category.Purpose))
                .Append(" | ").Append(Cell(category.LegalBasis))
                .Append(" | ").Append(Cell(category.Recipients))
                .Append(" | ").Append(Cell(Retention(category.Retention)))
                .Append(" |\n");
        }

        return table.ToString().TrimEnd('\n');
    }

    /// <summary>
    /// "90 days after the sign-in", or the trigger alone ("while the account exists"). A trigger declared as
    /// "after the sign-in attempt" is not given a second "after".
    /// </summary>
    public static string Retention(RetentionRule rule) => rule.Days is { } days
        ? string.Create(CultureInfo.InvariantCulture,
            $"{days} {(days == 1 ? "day" : "days")} {(rule.Trigger.StartsWith("after ", StringComparison.Ordinal) ? "" : "after ")}{rule.Trigger}")
        : rule.Trigger;

    private static IEnumerable<string> Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static bool IsMarker(string line) => line.Trim() == Marker;

    // A table cell is one line, and a pipe inside it would end the cell.
    private static string Cell(string value) =>
        value.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal).Trim();
}
