using System.Globalization;
using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.DeclineQuestion;

internal sealed class DeclineQuestionHandler(
    IDbContextOutbox<MessagingDbContext> outbox, EnteredRoom entered, RoomActivity activity, RoomKeys keys, QuestionReader reader, TimeProvider clock)
    : ICommandHandler<DeclineQuestion, Result<QuestionView>>
{
    public async ValueTask<Result<QuestionView>> Handle(DeclineQuestion command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var who = entered.Participant;
        var now = clock.GetUtcNow();
        if (await QuestionSteps.FindAsync(db, who, command.QuestionId, cancellationToken) is not { } question)
        {
            return QuestionErrors.NotFound;
        }

        if (!QuestionWorkflow.CanDecline(question.Status))
        {
            return QuestionErrors.InvalidTransition(question.Status);
        }

        question.DeclineReasonSealed = await keys.SealAsync(command.RoomId, question.Id, SealedFields.DeclineReason, command.Reason!, cancellationToken);
        question.DeclinedAt = now;
        QuestionWorkflow.Step(question, QuestionStatus.Declined, now);
        await activity.RecordAsync(who, MessagingAuditActions.QuestionDeclined, "question", question.Id, new Dictionary<string, string?>
        {
            ["reasonLength"] = command.Reason!.Length.ToString(CultureInfo.InvariantCulture),
        });
        if (await QuestionRecipients.MemberAsync(db, command.RoomId, question.AskedBy, now, cancellationToken) is { } asker)
        {
            await outbox.PublishAsync(new QuestionDeclined(Guid.CreateVersion7(), now, command.RoomId, who.Room.Name, question.Id, question.Number,
                question.Category, asker));
        }

        return await QuestionSteps.SaveAsync(outbox, cancellationToken) is { } changed
            ? changed
            : await reader.ViewAsync(question, who, cancellationToken);
    }
}
