using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.CloseQuestion;

internal sealed class CloseQuestionHandler(
    IDbContextOutbox<MessagingDbContext> outbox, EnteredRoom entered, RoomActivity activity, QuestionReader reader, TimeProvider clock)
    : ICommandHandler<CloseQuestion, Result<QuestionView>>
{
    public async ValueTask<Result<QuestionView>> Handle(CloseQuestion command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var who = entered.Participant;
        var now = clock.GetUtcNow();
        if (await QuestionSteps.FindAsync(db, who, command.QuestionId, cancellationToken) is not { } question)
        {
            return QuestionErrors.NotFound;
        }

        if (!who.IsManager && question.AskedBy != who.UserId)
        {
            return QuestionErrors.AskerOnly;
        }

        if (!QuestionWorkflow.CanClose(question.Status))
        {
            return QuestionErrors.InvalidTransition(question.Status);
        }

        question.ClosedAt = now;
        QuestionWorkflow.Step(question, QuestionStatus.Closed, now);
        await activity.RecordAsync(who, MessagingAuditActions.QuestionClosed, "question", question.Id);
        return await QuestionSteps.SaveAsync(outbox, cancellationToken) is { } changed
            ? changed
            : await reader.ViewAsync(question, who, cancellationToken);
    }
}
