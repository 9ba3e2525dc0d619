namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// A deadline reminder that was sent: one per question, kind (<c>QaReminderKinds</c>) and due date — its key is what
/// makes <c>messaging:qa-reminders</c> send each reminder once, whatever runs twice or restarts.
/// </summary>
internal sealed class QaReminder
{
    public Guid QuestionId { get; init; }

    public required string Kind { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public Guid RoomId { get; init; }

    public DateTimeOffset SentAt { get; init; }
}
