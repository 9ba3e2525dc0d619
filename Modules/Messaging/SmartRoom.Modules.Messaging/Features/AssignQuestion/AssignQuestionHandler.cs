using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.AssignQuestion;

internal sealed class AssignQuestionHandler(
    IDbContextOutbox<MessagingDbContext> outbox, EnteredRoom entered, RoomActivity activity, QuestionReader reader, TimeProvider clock)
    : ICommandHandler<AssignQuestion, Result<QuestionView>>
{
    public async ValueTask<Result<QuestionView>> Handle(AssignQuestion command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var who = entered.Participant;
        var now = clock.GetUtcNow();
        if (await QuestionSteps.FindAsync(db, who, command.QuestionId, cancellationToken) is not { } question)
        {
            return QuestionErrors.NotFound;
        }

        if (!QuestionWorkflow.CanAssign(question.Status))
        {
            return QuestionErrors.InvalidTransition(question.Status);
        }

        if (await QuestionRouting.EligibleAssigneeAsync(db, command.RoomId, command.UserId, now, cancellationToken) is not { } assignee)
        {
            return QuestionErrors.AssigneeNotEligible;
        }

        question.AssigneeId = assignee.UserId;
        QuestionWorkflow.Step(question, question.Status == QuestionStatus.Drafted ? QuestionStatus.Drafted : QuestionStatus.Assigned, now);
        await activity.RecordAsync(who, MessagingAuditActions.QuestionAssigned, "question", question.Id, new Dictionary<string, string?>
        {
            ["assigneeId"] = assignee.UserId.ToString(),
            ["routedBy"] = "manager",
        });
        await outbox.PublishAsync(new QuestionAssigned(Guid.CreateVersion7(), now, command.RoomId, who.Room.Name, question.Id, question.Number,
            question.Category, question.DueAt, assignee.ToRecipient()));
        return await QuestionSteps.SaveAsync(outbox, cancellationToken) is { } changed
            ? changed
            : await reader.ViewAsync(question, who, cancellationToken);
    }
}
