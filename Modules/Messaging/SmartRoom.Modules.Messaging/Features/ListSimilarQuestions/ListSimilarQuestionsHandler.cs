using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging.Features.ListSimilarQuestions;

internal sealed class ListSimilarQuestionsHandler(EnteredRoom entered, MessagingDbContext db, QuestionMatcher matcher, RoomKeys keys)
    : IQueryHandler<ListSimilarQuestions, Result<IReadOnlyList<SimilarQuestion>>>
{
    public const int Take = 5;

    public async ValueTask<Result<IReadOnlyList<SimilarQuestion>>> Handle(ListSimilarQuestions query, CancellationToken cancellationToken)
    {
        var who = entered.Participant;
        var answered = await db.Questions.AsNoTracking()
            .VisibleTo(db, who)
            .Where(q => (q.Status == QuestionStatus.Approved || q.Status == QuestionStatus.Closed) && q.AnswerSealed != null)
            .OrderByDescending(q => q.Number)
            .Take(QuestionMatcher.MaxCandidates)
            .ToListAsync(cancellationToken);
        var matches = await matcher.RankAsync(query.RoomId, query.Title + "\n" + query.Body, answered,
            q => (q.Id, q.TitleSealed, q.BodySealed), Take, cancellationToken);

        var found = new List<SimilarQuestion>(matches.Count);
        foreach (var match in matches)
        {
            var q = match.Question;
            var answer = await keys.OpenAsync(query.RoomId, q.Id, SealedFields.Answer, q.AnswerSealed!, cancellationToken);
            found.Add(new SimilarQuestion(q.Id, q.Number, match.Title, answer, match.Score, Faq: !who.IsManager && !QuestionVisibility.IsOwnGroup(q, who)));
        }

        return found;
    }
}
