using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.DraftAnswer;

internal sealed record DraftAnswerBody(string? Answer);

/// <summary>The assignee (or a manager) drafts the answer; the room's managers are asked to approve it.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.ParticipantToWrite, NotFoundAs = "question")]
internal sealed record DraftAnswer(Guid RoomId, Guid QuestionId, string? Answer) : ICommand<Result<QuestionView>>, IRoomRequest;
