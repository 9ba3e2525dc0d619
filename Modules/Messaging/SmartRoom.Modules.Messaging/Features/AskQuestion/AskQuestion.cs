using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.AskQuestion;

internal sealed record AskQuestionBody(string? Title, string? Body, string? Category, Guid? DocumentId, QuestionPriority? Priority);

/// <summary>
/// A member asks a question in one of the room's categories, optionally about a document they may see. It is
/// numbered in the room, due in the room's business days, and routed to an expert of its category when there is one.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.ParticipantToWrite)]
internal sealed record AskQuestion(Guid RoomId, string? Title, string? Body, string? Category, Guid? DocumentId, QuestionPriority Priority)
    : ICommand<Result<QuestionView>>, IRoomRequest;
