using System.Globalization;
using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.ApproveAnswer;

internal sealed class ApproveAnswerHandler(
    IDbContextOutbox<MessagingDbContext> outbox, EnteredRoom entered, RoomActivity activity, RoomKeys keys, QuestionReader reader, TimeProvider clock)
    : ICommandHandler<ApproveAnswer, Result<QuestionView>>
{
    public async ValueTask<Result<QuestionView>> Handle(ApproveAnswer command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var who = entered.Participant;
        var now = clock.GetUtcNow();
        if (await QuestionSteps.FindAsync(db, who, command.QuestionId, cancellationToken) is not { } question)
        {
            return QuestionErrors.NotFound;
        }

        if (!QuestionWorkflow.CanApprove(question.Status, command.Answer is not null))
        {
            return QuestionErrors.InvalidTransition(question.Status);
        }

        var answer = command.Answer
            ?? await keys.OpenAsync(command.RoomId, question.Id, SealedFields.Draft, question.DraftSealed!, cancellationToken);
        question.AnswerSealed = await keys.SealAsync(command.RoomId, question.Id, SealedFields.Answer, answer, cancellationToken);
        question.AnswerSha256 = SealedText.Sha256(answer);
        question.ApprovedBy = who.UserId;
        question.ApprovedAt = now;
        QuestionWorkflow.Step(question, QuestionStatus.Approved, now);
        await activity.RecordAsync(who, MessagingAuditActions.QuestionApproved, "question", question.Id, new Dictionary<string, string?>
        {
            ["answerLength"] = answer.Length.ToString(CultureInfo.InvariantCulture),
            ["answerSha256"] = question.AnswerSha256,
            ["draftOverridden"] = (command.Answer is not null).ToString(CultureInfo.InvariantCulture),
        });
        await outbox.PublishAsync(new QuestionAnswered(Guid.CreateVersion7(), now, command.RoomId, who.Room.Name, question.Id, question.Number,
            question.Category, await QuestionRecipients.AskersGroupAsync(db, question, now, cancellationToken)));
        return await QuestionSteps.SaveAsync(outbox, cancellationToken) is { } changed
            ? changed
            : await reader.ViewAsync(question, who, cancellationToken);
    }
}
