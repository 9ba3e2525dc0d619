using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.DeleteMessage;

internal sealed class DeleteMessageHandler(
    EnteredRoom entered, IDbContextOutbox<MessagingDbContext> outbox, ConversationReach reach, RoomActivity activity, TimeProvider clock)
    : ICommandHandler<DeleteMessage, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(DeleteMessage command, CancellationToken cancellationToken)
    {
        var caller = entered.Participant;
        var conversation = await reach.FindAsync(caller, command.ConversationId, tracking: false, cancellationToken);
        if (!conversation.IsSuccess)
        {
            return conversation.Error;
        }

        var db = outbox.DbContext;
        var message = await db.Messages.SingleOrDefaultAsync(m => m.Id == command.MessageId && m.ConversationId == command.ConversationId, cancellationToken);
        if (message is null)
        {
            return ConversationRules.MessageNotFound;
        }

        if (message.SenderId != caller.UserId && !caller.IsManager)
        {
            return ConversationRules.NotYourMessageToDelete;
        }

        if (message.DeletedAt is not null)
        {
            return Done.Value;
        }

        message.DeletedAt = clock.GetUtcNow();
        message.DeletedBy = caller.UserId;
        message.BodySealed = null;
        message.BodySha256 = "";
        db.MessageAttachments.RemoveRange(await db.MessageAttachments.Where(a => a.MessageId == message.Id).ToListAsync(cancellationToken));
        await activity.RecordAsync(caller, MessagingAuditActions.MessageDeleted, "message", message.Id, new Dictionary<string, string?>
        {
            ["conversationId"] = command.ConversationId.ToString(),
            ["senderId"] = message.SenderId.ToString(),
        });
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return Done.Value;
    }
}
