namespace SmartRoom.Modules.Content.Features.SendRemovalReminders;

/// <summary>What one run did: reminders sent per kind, and requests passed over (nobody to tell, or a concurrent run sent them first).</summary>
internal sealed record RemovalRemindersRun(int DueSoon, int Overdue, int Skipped);

/// <summary>
/// One run of <c>content:removal-reminders</c>: reminds the marketing team (<see cref="ModerationTeam"/>) of each open
/// removal request due within <see cref="RemovalRequestOptions.RemindDaysBefore"/> days (<c>due-soon</c>), and of each
/// one past its deadline (<c>overdue</c>). Each once per request and kind: its <see cref="RemovalReminder"/> row and its
/// <c>RemovalRequestReminderIssued</c> commit together, one request at a time, so a second or concurrent run, or one
/// after a crash, finds the row (or loses the insert) and sends nothing twice. A decided request is never reminded.
/// </summary>
internal sealed record SendRemovalReminders : ICommand<Result<RemovalRemindersRun>>;
