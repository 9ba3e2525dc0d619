using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.ApproveAnswer;

internal sealed record ApproveAnswerBody(string? Answer);

/// <summary>
/// Only managers approve: the draft as it is, or the answer given here (which overrides it). The answer is sealed,
/// its SHA-256 kept, and the asker's group told it may read it now.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record ApproveAnswer(Guid RoomId, Guid QuestionId, string? Answer) : ICommand<Result<QuestionView>>, IRoomRequest;
