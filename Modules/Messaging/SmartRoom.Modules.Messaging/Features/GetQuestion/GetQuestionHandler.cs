using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.GetQuestion;

internal sealed class GetQuestionHandler(MessagingDbContext db, EnteredRoom entered, QuestionReader reader) : IQueryHandler<GetQuestion, Result<QuestionView>>
{
    public async ValueTask<Result<QuestionView>> Handle(GetQuestion query, CancellationToken cancellationToken)
    {
        var who = entered.Participant;
        var question = await db.Questions.AsNoTracking().VisibleTo(db, who).SingleOrDefaultAsync(q => q.Id == query.QuestionId, cancellationToken);
        return question is null ? QuestionErrors.NotFound : await reader.ViewAsync(question, who, cancellationToken);
    }
}
