using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging.Features.ListSimilarQuestions;

/// <summary>An answered question like the one about to be asked, with its answer; <paramref name="Faq"/>: published to the caller from elsewhere (it says nothing of who asked).</summary>
internal sealed record SimilarQuestion(Guid Id, int Number, string Title, string Answer, double Score, bool Faq);

/// <summary>
/// A member about to ask: the answered questions they may already read (their own group's, FAQs published to them —
/// <see cref="QuestionVisibility"/>) that are most like the title and text, best first, at most five. Nothing from
/// questions they may not see: not a title, a number, a count, and not even a score shaped by them.
/// </summary>
[EntersRoom(RoomEntry.Participant)]
internal sealed record ListSimilarQuestions(Guid RoomId, string Title, string? Body) : IQuery<Result<IReadOnlyList<SimilarQuestion>>>, IRoomRequest;
