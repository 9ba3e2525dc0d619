namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// The 72-hour rule (GDPR art. 33): a notifiable breach is reported to the supervisory authority within 72 hours
/// of becoming aware of it. The privacy team is alerted 24, 48 and 60 hours in, and once more when it is overdue.
/// </summary>
internal static class BreachClock
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(72);

    /// <summary>Hours after awareness at which the team is alerted; the last is "overdue".</summary>
    public static readonly IReadOnlyList<int> Thresholds = [24, 48, 60, 72];

    public const string Open = "open";
    public const string Overdue = "overdue";
    public const string RegulatorNotified = "regulator-notified";
    public const string NotNotifiable = "not-notifiable";
    public const string Closed = "closed";

    public static DateTimeOffset SaDueAt(DateTimeOffset awareAt) => awareAt + Window;

    /// <summary>The clock runs for an open, notifiable breach the regulator has not been told of yet.</summary>
    public static bool IsRunning(BreachEntry state) =>
        state.ClosedAt is null && state.Notifiable && state.RegulatorNotifiedAt is null;

    public static string Status(BreachEntry state, DateTimeOffset now) => state switch
    {
        { ClosedAt: not null } => Closed,
        { Notifiable: false } => NotNotifiable,
        { RegulatorNotifiedAt: not null } => RegulatorNotified,
        _ when now >= state.SaDueAt => Overdue,
        _ => Open,
    };

    /// <summary>Whole hours until the deadline while the clock runs (negative once overdue); null otherwise.</summary>
    public static int? HoursLeft(BreachEntry state, DateTimeOffset now) =>
        IsRunning(state) ? (int)Math.Floor((state.SaDueAt - now).TotalHours) : null;

    /// <summary>The thresholds the clock has passed by <paramref name="now"/>.</summary>
    public static IEnumerable<int> Passed(BreachEntry state, DateTimeOffset now) =>
        IsRunning(state) ? Thresholds.Where(h => now >= state.AwareAt.AddHours(h)) : [];

    /// <summary>A notifiable breach reported late (or never) needs the reasons for the delay (art. 33(1)).</summary>
    public static bool NeedsDelayReason(BreachEntry state) =>
        state.Notifiable && (state.RegulatorNotifiedAt is not { } told || told > state.SaDueAt);
}
