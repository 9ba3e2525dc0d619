using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.CloseQuestion;

/// <summary>A manager or the asker closes an answered question.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.ParticipantToWrite, NotFoundAs = "question")]
internal sealed record CloseQuestion(Guid RoomId, Guid QuestionId) : ICommand<Result<QuestionView>>, IRoomRequest;
