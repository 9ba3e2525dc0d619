using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.ListQuestions;

internal sealed class ListQuestionsHandler(MessagingDbContext db, EnteredRoom entered, QuestionReader reader, TimeProvider clock)
    : IQueryHandler<ListQuestions, Result<Paged<QuestionView>>>
{
    public async ValueTask<Result<Paged<QuestionView>>> Handle(ListQuestions query, CancellationToken cancellationToken)
    {
        var who = entered.Participant;
        var questions = db.Questions.AsNoTracking().VisibleTo(db, who);
        if (query.Status is { } status)
        {
            questions = questions.Where(q => q.Status == status);
        }

        if (query.Category?.Trim() is { Length: > 0 } category)
        {
            questions = questions.Where(q => q.Category == category);
        }

        if (query.GroupId is { } groupId)
        {
            // A member's group filter reaches only their own group: any other id, another group's or none, gives nothing.
            var allowed = who.IsManager || who.IsSupport || groupId == who.GroupId;
            questions = allowed ? questions.Where(q => q.AskerGroupId == groupId) : questions.Where(q => false);
        }

        if (query.Overdue is { } overdue)
        {
            var now = clock.GetUtcNow();
            questions = questions.Where(q =>
                ((q.Status == QuestionStatus.Open || q.Status == QuestionStatus.Assigned || q.Status == QuestionStatus.Drafted) && q.DueAt < now) == overdue);
        }

        var total = await questions.CountAsync(cancellationToken);
        var page = await questions.OrderByDescending(q => q.Number)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new Paged<QuestionView>(await reader.ViewsAsync(page, who, cancellationToken), query.Page, query.PageSize, total);
    }
}
