namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>Due dates in business days: Saturdays and Sundays are skipped, the time of day is kept (UTC).</summary>
internal static class BusinessDays
{
    public static DateTimeOffset Add(DateTimeOffset from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var at = from.ToUniversalTime();
        var counted = 0;
        while (counted < days)
        {
            at = at.AddDays(1);
            if (!IsWeekend(at))
            {
                counted++;
            }
        }

        return at;
    }

    public static bool IsWeekend(DateTimeOffset at) => at.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
