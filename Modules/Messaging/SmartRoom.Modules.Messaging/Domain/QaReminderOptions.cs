namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// <c>messaging:qa-reminders</c>' setting: how many hours before a question's due date its assignee is reminded
/// (<see cref="HoursBeforeKey"/>, default 24).
/// </summary>
internal sealed record QaReminderOptions(int HoursBefore)
{
    public const string HoursBeforeKey = "SmartRoom:Messaging:QaReminders:HoursBefore";

    public const int DefaultHoursBefore = 24;

    public static QaReminderOptions From(int? configured) =>
        configured is { } hours
            ? hours is > 0 and <= 24 * 30 ? new(hours) : throw new InvalidOperationException($"{HoursBeforeKey} must be between 1 and 720 hours (was {hours}).")
            : new(DefaultHoursBefore);
}
