namespace SmartRoom.Modules.Content.Domain;

/// <summary>The reminders an open removal request earns, each once.</summary>
internal static class RemovalReminderKinds
{
    /// <summary>Within <see cref="RemovalRequestOptions.RemindDaysBefore"/> days of its deadline.</summary>
    public const string DueSoon = "due-soon";

    /// <summary>Past its deadline, still undecided.</summary>
    public const string Overdue = "overdue";
}
