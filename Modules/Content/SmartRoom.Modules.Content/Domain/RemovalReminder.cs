namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// A deadline reminder sent to the marketing team about an open removal request: one per request and kind
/// (<see cref="RemovalReminderKinds"/>). Its key is what makes <c>content:removal-reminders</c> remind once, whatever
/// runs twice, at once, or after a crash.
/// </summary>
internal sealed class RemovalReminder
{
    public Guid RequestId { get; init; }

    public required string Kind { get; init; }

    public DateTimeOffset SentAt { get; init; }
}
