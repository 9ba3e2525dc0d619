using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging.Features.ExportQuestions;

/// <summary>One question as the export writes it: texts opened, people and groups by name, the answer with its SHA-256.</summary>
internal sealed record QuestionCsvRow(
    int Number, string? Group, string AskedBy, DateTimeOffset AskedAt, string Category, string Priority, string Status, DateTimeOffset DueAt,
    string Title, string Question, string? Answer, string? AnswerSha256, DateTimeOffset? AnsweredAt, string? Assignee, string Faq);

/// <summary>What an export sends: its file name and the rows, read in batches as they are written out.</summary>
internal sealed record QuestionsExport(string FileName, int Rows, IAsyncEnumerable<QuestionCsvRow> Records);

/// <summary>
/// Managers download the room's questions (optionally one status, category or group) as CSV. A command: the export
/// goes on the room's audit trail (<c>questions.exported</c>, with its filters and row count) before a byte is sent.
/// </summary>
[EntersRoom(RoomEntry.Manager)]
internal sealed record ExportQuestions(Guid RoomId, string? Status, string? Category, Guid? GroupId) : ICommand<Result<QuestionsExport>>, IRoomRequest;
