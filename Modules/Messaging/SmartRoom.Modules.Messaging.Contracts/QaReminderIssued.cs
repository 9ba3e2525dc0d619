using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Messaging.Contracts;

/// <summary>
/// A Q&amp;A deadline reminder, sent once per question, kind and due date by <c>messaging:qa-reminders</c>:
/// <see cref="QaReminderKinds.DueSoon"/> to the assignee before the due date, <see cref="QaReminderKinds.Overdue"/>
/// to the room's managers after it.
/// </summary>
[MessageIdentity("messaging.qa-reminder-issued.v1")]
public sealed record QaReminderIssued(
    Guid EventId, DateTimeOffset OccurredAt, Guid RoomId, string RoomName, Guid QuestionId, int Number, string Category,
    DateTimeOffset DueAt, string Kind, IReadOnlyList<Recipient> Recipients) : IIntegrationEvent;
