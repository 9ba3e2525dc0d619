using System.Globalization;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>A calendar month (UTC) as the statistics store it (<c>yyyymm</c>) and show it (<c>yyyy-MM</c>).</summary>
internal static class UsageMonth
{
    public static int Of(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return (utc.Year * 100) + utc.Month;
    }

    /// <summary>Reads <c>yyyy-MM</c> (years 2000–9999); false for anything else.</summary>
    public static bool TryParse(string? text, out int month)
    {
        month = 0;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || year < 2000 || m is < 1 or > 12)
        {
            return false;
        }

        month = (year * 100) + m;
        return true;
    }

    public static string Format(int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{month / 100:D4}-{month % 100:D2}");

    /// <summary>The month <paramref name="count"/> months after <paramref name="month"/> (negative: before).</summary>
    public static int Add(int month, int count)
    {
        var index = (month / 100 * 12) + (month % 100 - 1) + count;
        return (index / 12 * 100) + (index % 12) + 1;
    }

    /// <summary>How many months from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static int Span(int from, int to) => ((to / 100 * 12) + (to % 100)) - ((from / 100 * 12) + (from % 100)) + 1;
}
