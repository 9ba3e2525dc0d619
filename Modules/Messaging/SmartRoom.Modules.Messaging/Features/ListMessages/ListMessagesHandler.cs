using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.ListMessages;

internal sealed class ListMessagesHandler(
    EnteredRoom entered, MessagingDbContext db, ConversationReach reach, MessageReader reader, RoomActivity activity,
    IDbContextOutbox<MessagingDbContext> outbox) : IQueryHandler<ListMessages, Result<MessagePage>>
{
    public async ValueTask<Result<MessagePage>> Handle(ListMessages query, CancellationToken cancellationToken)
    {
        var caller = entered.Participant;
        var found = await reach.FindAsync(caller, query.ConversationId, tracking: false, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var messages = db.Messages.AsNoTracking().Where(m => m.ConversationId == query.ConversationId);
        if (query.Before is { } before)
        {
            var number = await messages.Where(m => m.Id == before).Select(m => (int?)m.Number).SingleOrDefaultAsync(cancellationToken);
            if (number is not { } upTo)
            {
                return ConversationRules.MessageNotFound;
            }

            messages = messages.Where(m => m.Number < upTo);
        }

        var page = await messages.OrderByDescending(m => m.Number).Take(query.Limit).ToListAsync(cancellationToken);
        page.Reverse();
        var views = await reader.ViewsAsync(caller, page, cancellationToken);

        // Support staff are on the record for what they read (docs/adr/0013).
        if (caller.IsSupport)
        {
            await activity.RecordAsync(caller, MessagingAuditActions.ConversationRead, "conversation", query.ConversationId, new Dictionary<string, string?>
            {
                ["messages"] = page.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }

        return new MessagePage(views, found.Value.MessageCount, page.Count > 0 && page[0].Number > 1 ? page[0].Id : null);
    }
}
