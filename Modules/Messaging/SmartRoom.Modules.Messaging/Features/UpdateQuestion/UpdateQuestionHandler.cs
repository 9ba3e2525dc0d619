using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.UpdateQuestion;

internal sealed class UpdateQuestionHandler(
    IDbContextOutbox<MessagingDbContext> outbox, EnteredRoom entered, RoomActivity activity, QuestionReader reader, TimeProvider clock)
    : ICommandHandler<UpdateQuestion, Result<QuestionView>>
{
    public async ValueTask<Result<QuestionView>> Handle(UpdateQuestion command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var who = entered.Participant;
        var now = clock.GetUtcNow();
        if (await QuestionSteps.FindAsync(db, who, command.QuestionId, cancellationToken) is not { } question)
        {
            return QuestionErrors.NotFound;
        }

        if (!QuestionWorkflow.CanEdit(question.Status))
        {
            return QuestionErrors.InvalidTransition(question.Status);
        }

        if (command.Category is { } asked)
        {
            var settings = await QaCategories.SettingsAsync(db, command.RoomId, cancellationToken);
            if (QaCategories.Match(settings, asked) is not { } category)
            {
                return QuestionErrors.UnknownCategory();
            }

            question.Category = category;
        }

        question.DueAt = command.DueAt?.ToUniversalTime() ?? question.DueAt;
        question.Priority = command.Priority ?? question.Priority;
        QuestionWorkflow.Step(question, question.Status, now);
        await activity.RecordAsync(who, MessagingAuditActions.QuestionUpdated, "question", question.Id,
            new Dictionary<string, string?>
            {
                ["dueAt"] = question.DueAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["priority"] = question.Priority.ToString(),
                ["category"] = question.Category,
            });
        return await QuestionSteps.SaveAsync(outbox, cancellationToken) is { } changed
            ? changed
            : await reader.ViewAsync(question, who, cancellationToken);
    }
}
