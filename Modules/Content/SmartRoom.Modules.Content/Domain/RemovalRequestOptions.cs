using Microsoft.Extensions.Configuration;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// Removal requests' settings: marketing decides within <see cref="DecideWithinDays"/> days
/// (<c>SmartRoom:Content:RemovalRequests:DecideWithinDays</c>, default 30) and is reminded
/// <see cref="RemindDaysBefore"/> days before the deadline (<c>…:RemindDaysBefore</c>, default 3).
/// </summary>
internal sealed record RemovalRequestOptions(int DecideWithinDays, int RemindDaysBefore)
{
    public const string Section = "SmartRoom:Content:RemovalRequests";

    public static RemovalRequestOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var decide = section.GetValue("DecideWithinDays", 30);
        var remind = section.GetValue("RemindDaysBefore", 3);
        if (decide is < 1 or > 365)
        {
            throw new InvalidOperationException($"{Section}:DecideWithinDays must be between 1 and 365 days (was {decide}).");
        }

        return remind >= 0 && remind < decide
            ? new RemovalRequestOptions(decide, remind)
            : throw new InvalidOperationException($"{Section}:RemindDaysBefore must be at least 0 and less than DecideWithinDays (was {remind}).");
    }
}
