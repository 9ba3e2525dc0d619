using System.Globalization;
using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.EditMessage;

internal sealed class EditMessageHandler(
    EnteredRoom entered, IDbContextOutbox<MessagingDbContext> outbox, ConversationReach reach, RoomKeys keys, RoomActivity activity, MessageReader reader,
    TimeProvider clock) : ICommandHandler<EditMessage, Result<MessageView>>
{
    public async ValueTask<Result<MessageView>> Handle(EditMessage command, CancellationToken cancellationToken)
    {
        var caller = entered.Participant;
        var conversation = await reach.FindAsync(caller, command.ConversationId, tracking: false, cancellationToken);
        if (!conversation.IsSuccess)
        {
            return conversation.Error;
        }

        var message = await outbox.DbContext.Messages
            .SingleOrDefaultAsync(m => m.Id == command.MessageId && m.ConversationId == command.ConversationId, cancellationToken);
        if (message is null)
        {
            return ConversationRules.MessageNotFound;
        }

        if (message.SenderId != caller.UserId)
        {
            return ConversationRules.NotYourMessage;
        }

        if (message.DeletedAt is not null)
        {
            return ConversationRules.MessageDeleted;
        }

        var now = clock.GetUtcNow();
        if (!ConversationRules.WithinEditWindow(message.CreatedAt, now))
        {
            return ConversationRules.EditWindowClosed;
        }

        var previous = message.BodySha256;
        message.BodySealed = await keys.SealAsync(caller.RoomId, message.Id, SealedFields.Body, command.Body, cancellationToken);
        message.BodySha256 = SealedText.Sha256(command.Body);
        message.EditedAt = now;
        await activity.RecordAsync(caller, MessagingAuditActions.MessageEdited, "message", message.Id, new Dictionary<string, string?>
        {
            ["conversationId"] = command.ConversationId.ToString(),
            ["length"] = command.Body.Length.ToString(CultureInfo.InvariantCulture),
            ["sha256"] = message.BodySha256,
            ["previousSha256"] = previous,
        });
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return (await reader.ViewsAsync(caller, [message], cancellationToken))[0];
    }
}
