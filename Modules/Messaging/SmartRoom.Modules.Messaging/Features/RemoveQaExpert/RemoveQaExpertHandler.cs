using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.RemoveQaExpert;

internal sealed class RemoveQaExpertHandler(IDbContextOutbox<MessagingDbContext> outbox, EnteredRoom entered, RoomActivity activity)
    : ICommandHandler<RemoveQaExpert, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RemoveQaExpert command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var expert = await db.QaExperts.SingleOrDefaultAsync(e => e.RoomId == command.RoomId && e.UserId == command.UserId, cancellationToken);
        if (expert is null)
        {
            // Already not an expert: nothing to change, nothing to record.
            return Done.Value;
        }

        db.QaExperts.Remove(expert);
        await activity.RecordAsync(entered.Participant, MessagingAuditActions.QaExpertSet, "qa-expert", command.UserId, new Dictionary<string, string?>
        {
            ["categories"] = "0",
            ["removed"] = "true",
        });
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return Done.Value;
    }
}
