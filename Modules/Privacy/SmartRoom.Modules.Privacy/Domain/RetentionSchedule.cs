using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// The retention schedule: every category of the data map with the days it is kept, as its module declared them
/// unless <c>SmartRoom:Privacy:Retention:&lt;category key&gt;:Days</c> says otherwise (a whole number of days, 0 or
/// more). A value that is not one stops the host at start-up with a message naming the setting, rather than sweeping on a guess.
/// </summary>
internal sealed class RetentionSchedule(DataMap map, IConfiguration configuration)
{
    public const string Section = "SmartRoom:Privacy:Retention";

    /// <summary>At start-up: every configured period is a whole number of days, or the host does not start.</summary>
    public static void ValidateSettings(IConfiguration configuration)
    {
        foreach (var category in configuration.GetSection(Section).GetChildren())
        {
            _ = Parse(configuration, category.Key);
        }
    }

    public IReadOnlyList<ScheduledCategory> Categories() =>
        map.Categories.Select(c => Parse(configuration, c.Key) is { } days
                ? new ScheduledCategory(c, days, ScheduledCategory.Configured)
                : new ScheduledCategory(c, c.Retention.Days, ScheduledCategory.Declared))
            .ToList();

    private static int? Parse(IConfiguration configuration, string key)
    {
        var setting = $"{Section}:{key}:Days";
        var value = configuration[setting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var days)
            ? days
            : throw new InvalidOperationException($"{setting} must be a whole number of days (0 or more), not '{value}'.");
    }
}
