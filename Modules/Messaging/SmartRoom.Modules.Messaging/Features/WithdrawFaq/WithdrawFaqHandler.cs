using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.WithdrawFaq;

internal sealed class WithdrawFaqHandler(EnteredRoom entered, IDbContextOutbox<MessagingDbContext> outbox, RoomActivity activity, TimeProvider clock)
    : ICommandHandler<WithdrawFaq, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(WithdrawFaq command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == command.QuestionId && q.RoomId == command.RoomId, cancellationToken);
        if (question is null)
        {
            return Error.NotFound("question");
        }

        if (question.FaqScope == FaqScope.None)
        {
            return Done.Value;
        }

        db.FaqAudiences.RemoveRange(await db.FaqAudiences.Where(a => a.QuestionId == question.Id).ToListAsync(cancellationToken));
        question.FaqScope = FaqScope.None;
        question.FaqPublishedAt = null;
        question.UpdatedAt = clock.GetUtcNow();
        question.Version++;
        await activity.RecordAsync(entered.Participant, MessagingAuditActions.FaqWithdrawn, "question", question.Id, new Dictionary<string, string?>
        {
            ["number"] = question.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("question-changed", "The question changed meanwhile; load it again and retry.");
        }

        return Done.Value;
    }
}
