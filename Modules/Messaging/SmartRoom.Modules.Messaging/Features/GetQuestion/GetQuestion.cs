using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.GetQuestion;

/// <summary>One question the caller may see; one out of reach answers 404 "question" exactly like one that does not exist.</summary>
[RequiresUser]
[EntersRoom(RoomEntry.Participant, AllowSupport = true, NotFoundAs = "question")]
internal sealed record GetQuestion(Guid RoomId, Guid QuestionId) : IQuery<Result<QuestionView>>, IRoomRequest;
