using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.UpdateQuestion;

internal sealed record UpdateQuestionBody(DateTimeOffset? DueAt, QuestionPriority? Priority, string? Category);

/// <summary>Managers change a question's due date, priority or category (one of the room's).</summary>
[RequiresUser]
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record UpdateQuestion(Guid RoomId, Guid QuestionId, DateTimeOffset? DueAt, QuestionPriority? Priority, string? Category)
    : ICommand<Result<QuestionView>>, IRoomRequest;
