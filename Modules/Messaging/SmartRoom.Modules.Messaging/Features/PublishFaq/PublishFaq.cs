using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging.Features.PublishFaq;

/// <summary>What an FAQ publication answers: to whom the question is now published (never who asked it).</summary>
internal sealed record FaqPublication(Guid QuestionId, int Number, string Scope, IReadOnlyList<Guid> GroupIds, DateTimeOffset PublishedAt, int Notified);

/// <summary>
/// A manager publishes an answered (Approved or Closed) question as an FAQ to some of the room's groups, or to
/// every member (<paramref name="All"/>). The groups it reaches for the first time are told (<c>FaqPublished</c>),
/// without a word about who asked or from which group; the asker's group sees it already and is not told.
/// Publishing again widens or narrows the audience.
/// </summary>
[EntersRoom(RoomEntry.ManagerToChange)]
internal sealed record PublishFaq(Guid RoomId, Guid QuestionId, IReadOnlyList<Guid>? GroupIds, bool? All)
    : ICommand<Result<FaqPublication>>, IRoomRequest;
