using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.DeclineQuestion;

internal sealed record DeclineQuestionBody(string? Reason);

/// <summary>Managers decline a question not yet answered, with a reason the asker reads; declined questions do not count against limits.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record DeclineQuestion(Guid RoomId, Guid QuestionId, string? Reason) : ICommand<Result<QuestionView>>, IRoomRequest;
