namespace SmartRoom.Modules.Messaging.Features.SendQaReminders;

/// <summary>What one run did: reminders sent per kind, and candidates passed over (nobody to tell, or a concurrent run sent them first).</summary>
internal sealed record QaRemindersRun(int DueSoon, int Overdue, int Skipped);

/// <summary>
/// One run of <c>messaging:qa-reminders</c>: reminds the assignee of each Assigned question due within
/// <see cref="QaReminderOptions.HoursBefore"/> hours (<c>due-soon</c>), and the room's active managers of each question
/// neither answered nor declined once it is past due (<c>overdue</c>). Rooms closed or archived are passed over.
/// Each reminder is sent once per question, kind and due date: its <see cref="QaReminder"/> row (whose key is those
/// three) and its <c>QaReminderIssued</c> commit together, one question at a time, so a second or concurrent run, or
/// one after a crash, finds the row (or loses the insert) and sends nothing twice; a new due date earns a new reminder.
/// </summary>
internal sealed record SendQaReminders : ICommand<Result<QaRemindersRun>>;
