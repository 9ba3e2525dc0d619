using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.AssignQuestion;

internal sealed record AssignQuestionBody(Guid UserId);

/// <summary>Managers assign (or reassign) a question to an active Q&amp;A expert or manager of the room.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record AssignQuestion(Guid RoomId, Guid QuestionId, Guid UserId) : ICommand<Result<QuestionView>>, IRoomRequest;
