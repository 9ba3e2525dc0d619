using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.ListConversations;

internal sealed class ListConversationsHandler(EnteredRoom entered, MessagingDbContext db, ConversationReach reach, ConversationSummaries summaries)
    : IQueryHandler<ListConversations, Result<Paged<ConversationView>>>
{
    public async ValueTask<Result<Paged<ConversationView>>> Handle(ListConversations query, CancellationToken cancellationToken)
    {
        var caller = entered.Participant;
        var me = caller.UserId;
        var visible = reach.Visible(caller);
        var total = await visible.CountAsync(cancellationToken);
        var rows = await visible
            .OrderByDescending(c => c.LastMessageAt).ThenByDescending(c => c.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(c => new
            {
                Conversation = c,
                Unread = db.Messages.Count(m => m.ConversationId == c.Id && m.SenderId != me && m.DeletedAt == null
                    && !db.ConversationParticipants.Any(p => p.ConversationId == c.Id && p.UserId == me && p.LastReadAt != null && p.LastReadAt >= m.CreatedAt)),
            })
            .ToListAsync(cancellationToken);
        var items = await summaries.ViewsAsync(query.RoomId, [.. rows.Select(r => (r.Conversation, r.Unread))], cancellationToken);
        return new Paged<ConversationView>(items, query.Page, query.PageSize, total);
    }
}
