namespace SmartRoom.Modules.Messaging.Contracts;

/// <summary>The kinds of <see cref="QaReminderIssued"/>.</summary>
public static class QaReminderKinds
{
    public const string DueSoon = "due-soon";
    public const string Overdue = "overdue";
}
