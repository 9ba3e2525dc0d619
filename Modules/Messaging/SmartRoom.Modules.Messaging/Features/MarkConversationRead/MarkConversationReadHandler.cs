using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.MarkConversationRead;

internal sealed class MarkConversationReadHandler(
    EnteredRoom entered, IDbContextOutbox<MessagingDbContext> outbox, ConversationReach reach, RoomActivity activity, TimeProvider clock)
    : ICommandHandler<MarkConversationRead, Result<ReadState>>
{
    public async ValueTask<Result<ReadState>> Handle(MarkConversationRead command, CancellationToken cancellationToken)
    {
        var caller = entered.Participant;
        var found = await reach.FindAsync(caller, command.ConversationId, tracking: false, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var db = outbox.DbContext;
        var now = clock.GetUtcNow();
        var state = await db.ConversationParticipants.SingleOrDefaultAsync(p => p.ConversationId == command.ConversationId && p.UserId == caller.UserId,
            cancellationToken);
        if (state is null)
        {
            // Only managers reach a conversation without a row: theirs is made when they first read it.
            state = new ConversationParticipant { ConversationId = command.ConversationId, UserId = caller.UserId, RoomId = caller.RoomId, AddedAt = now };
            db.ConversationParticipants.Add(state);
        }

        state.LastReadAt = now;
        await activity.RecordAsync(caller, MessagingAuditActions.ConversationRead, "conversation", command.ConversationId);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new ReadState(command.ConversationId, now);
    }
}
