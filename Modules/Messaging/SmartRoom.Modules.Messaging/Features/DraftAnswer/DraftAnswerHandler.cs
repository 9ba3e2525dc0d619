using System.Globalization;
using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.DraftAnswer;

internal sealed class DraftAnswerHandler(
    IDbContextOutbox<MessagingDbContext> outbox, EnteredRoom entered, RoomActivity activity, RoomKeys keys, QuestionReader reader, TimeProvider clock)
    : ICommandHandler<DraftAnswer, Result<QuestionView>>
{
    public async ValueTask<Result<QuestionView>> Handle(DraftAnswer command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var who = entered.Participant;
        var now = clock.GetUtcNow();
        if (await QuestionSteps.FindAsync(db, who, command.QuestionId, cancellationToken) is not { } question)
        {
            return QuestionErrors.NotFound;
        }

        if (!who.IsManager && question.AssigneeId != who.UserId)
        {
            return QuestionErrors.AssigneeOnly;
        }

        if (!QuestionWorkflow.CanDraft(question.Status))
        {
            return QuestionErrors.InvalidTransition(question.Status);
        }

        question.DraftSealed = await keys.SealAsync(command.RoomId, question.Id, SealedFields.Draft, command.Answer!, cancellationToken);
        question.DraftedBy = who.UserId;
        question.DraftedAt = now;
        QuestionWorkflow.Step(question, QuestionStatus.Drafted, now);
        await activity.RecordAsync(who, MessagingAuditActions.QuestionDrafted, "question", question.Id, new Dictionary<string, string?>
        {
            ["draftLength"] = command.Answer!.Length.ToString(CultureInfo.InvariantCulture),
            ["draftSha256"] = SealedText.Sha256(command.Answer),
        });
        await outbox.PublishAsync(new QuestionDrafted(Guid.CreateVersion7(), now, command.RoomId, who.Room.Name, question.Id, question.Number,
            question.Category, await QuestionRecipients.ManagersAsync(db, command.RoomId, now, cancellationToken)));
        return await QuestionSteps.SaveAsync(outbox, cancellationToken) is { } changed
            ? changed
            : await reader.ViewAsync(question, who, cancellationToken);
    }
}
