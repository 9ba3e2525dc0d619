using System.Globalization;

namespace SmartRoom.Modules.Content.Site;

/// <summary>How pages write times: a machine-readable instant for <c>&lt;time datetime&gt;</c> and Open Graph, and a day for people.</summary>
internal static class SiteFormat
{
    public static string Instant(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Day(DateTimeOffset at) =>
        at.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string DayOnly(DateOnly day) =>
        day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DayOnlyForPeople(DateOnly day) =>
        day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
