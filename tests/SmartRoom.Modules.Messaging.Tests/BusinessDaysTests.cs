using SmartRoom.Modules.Messaging.Domain;

namespace SmartRoom.Modules.Messaging.Tests;

public sealed class BusinessDaysTests
{
    // 2026-11-30 is a Monday.
    private static DateTimeOffset Day(int day, int hour = 10) => new DateTimeOffset(2026, 11, 30, hour, 0, 0, TimeSpan.Zero).AddDays(day - 30);

    [Theory]
    [InlineData(30, 2, 32)] // Monday + 2 → Wednesday
    [InlineData(33, 1, 34)] // Thursday + 1 → Friday
    [InlineData(34, 1, 37)] // Friday + 1 → Monday
    [InlineData(34, 2, 38)] // Friday + 2 → Tuesday
    [InlineData(35, 2, 38)] // Saturday + 2 → Tuesday
    [InlineData(36, 1, 37)] // Sunday + 1 → Monday
    [InlineData(30, 5, 37)] // a working week
    [InlineData(30, 10, 44)] // two working weeks
    public void Adding_business_days_skips_Saturdays_and_Sundays_and_keeps_the_time(int from, int days, int expected)
    {
        var due = BusinessDays.Add(Day(from), days);

        due.ShouldBe(Day(expected));
        BusinessDays.IsWeekend(due).ShouldBeFalse();
    }

    [Fact]
    public void No_business_days_is_now()
    {
        BusinessDays.Add(Day(35, 9), 0).ShouldBe(Day(35, 9));
    }

    [Fact]
    public void A_time_in_another_offset_counts_in_UTC()
    {
        // Friday 23:30 at UTC-2 is Saturday 01:30 UTC: one business day later is Monday 01:30 UTC.
        var friday = new DateTimeOffset(2026, 12, 4, 23, 30, 0, TimeSpan.FromHours(-2));

        BusinessDays.Add(friday, 1).ShouldBe(new DateTimeOffset(2026, 12, 7, 1, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_negative_count_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => BusinessDays.Add(Day(30), -1));
    }
}
