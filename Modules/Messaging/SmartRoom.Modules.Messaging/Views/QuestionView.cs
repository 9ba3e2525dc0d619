namespace SmartRoom.Modules.Messaging.Views;

/// <summary>
/// A question as its reader may see it. <see cref="Asker"/> only for managers and the asker's own group; the draft
/// and the assignee only for managers and the assignee; the answer and its SHA-256 once approved.
/// </summary>
internal sealed record QuestionView(
    Guid Id, int Number, string Title, string Body, string Category, QuestionPriority Priority, QuestionStatus Status,
    DateTimeOffset DueAt, bool Overdue, DateTimeOffset AskedAt, QuestionDocumentView? Document, QuestionAskerView? Asker,
    Guid? AssigneeId, string? Draft, string? Answer, string? AnswerSha256, DateTimeOffset? AnsweredAt, string? DeclineReason, int Version);
