using SmartRoom.Modules.Messaging.Pipeline;

namespace SmartRoom.Modules.Messaging.Features.ListDuplicateQuestions;

internal sealed class ListDuplicateQuestionsHandler(EnteredRoom entered, MessagingDbContext db, QuestionMatcher matcher, RoomKeys keys)
    : IQueryHandler<ListDuplicateQuestions, Result<IReadOnlyList<DuplicateQuestion>>>
{
    public const int Take = 10;

    public async ValueTask<Result<IReadOnlyList<DuplicateQuestion>>> Handle(ListDuplicateQuestions query, CancellationToken cancellationToken)
    {
        var questions = db.Questions.AsNoTracking().VisibleTo(db, entered.Participant);
        var question = await questions.Where(q => q.Id == query.QuestionId)
            .Select(q => new { q.Id, q.TitleSealed, q.BodySealed })
            .SingleOrDefaultAsync(cancellationToken);
        if (question is null)
        {
            return Error.NotFound("question");
        }

        var others = await questions.Where(q => q.Id != query.QuestionId)
            .OrderByDescending(q => q.Number)
            .Take(QuestionMatcher.MaxCandidates)
            .Select(q => new { q.Id, q.Number, q.TitleSealed, q.BodySealed, q.Status, q.AskerGroupId })
            .ToListAsync(cancellationToken);
        var probe = await keys.OpenAsync(query.RoomId, question.Id, SealedFields.Title, question.TitleSealed, cancellationToken) + "\n"
            + await keys.OpenAsync(query.RoomId, question.Id, SealedFields.Body, question.BodySealed, cancellationToken);
        var matches = await matcher.RankAsync(query.RoomId, probe, others, q => (q.Id, q.TitleSealed, q.BodySealed), Take, cancellationToken);

        var groups = await db.Groups.AsNoTracking().Where(g => g.RoomId == query.RoomId)
            .ToDictionaryAsync(g => g.GroupId, g => g.Name, cancellationToken);
        return matches
            .Select(m => new DuplicateQuestion(m.Question.Id, m.Question.Number, m.Title, m.Question.Status.ToString(), m.Question.AskerGroupId,
                m.Question.AskerGroupId is { } g ? groups.GetValueOrDefault(g) : null, m.Score))
            .ToList();
    }
}
