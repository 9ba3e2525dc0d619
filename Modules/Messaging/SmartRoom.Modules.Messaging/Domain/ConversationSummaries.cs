using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Turns conversations into the caller's list items: the subject opened with the room's key, who started it, who
/// takes part (its members and the room's active managers), and how many messages of others the caller has not read.
/// </summary>
internal sealed class ConversationSummaries(MessagingDbContext db, RoomKeys keys, MessageReader reader, TimeProvider clock)
{
    /// <summary>The conversations of <paramref name="page"/>, with <paramref name="unread"/> counted by the query that found them.</summary>
    public async Task<IReadOnlyList<ConversationView>> ViewsAsync(Guid roomId, IReadOnlyList<(Conversation Conversation, int Unread)> page,
        CancellationToken ct)
    {
        if (page.Count == 0)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var ids = page.Select(p => p.Conversation.Id).ToList();
        var members = await db.ConversationParticipants.AsNoTracking().Where(p => ids.Contains(p.ConversationId))
            .Select(p => new { p.ConversationId, p.UserId }).ToListAsync(ct);
        var managers = await db.Members.AsNoTracking().Where(m => m.RoomId == roomId && m.Role == MemberRoles.Manager).Where(MemberCopy.ActiveAt(now))
            .Select(m => m.UserId).ToListAsync(ct);
        var names = await reader.NamesAsync(roomId, [.. members.Select(m => m.UserId), .. managers, .. page.Select(p => p.Conversation.StartedBy)], ct);
        var memberIds = members.Select(m => m.UserId).Distinct().ToList();
        var active = await db.Members.AsNoTracking().Where(m => m.RoomId == roomId).Where(MemberCopy.ActiveAt(now))
            .Where(m => memberIds.Contains(m.UserId)).Select(m => m.UserId).ToListAsync(ct);

        var views = new List<ConversationView>(page.Count);
        foreach (var (conversation, unread) in page)
        {
            var people = members.Where(m => m.ConversationId == conversation.Id && active.Contains(m.UserId)).Select(m => m.UserId)
                .Concat(managers).Distinct()
                .Select(id => new PersonView(id, names.GetValueOrDefault(id, MessageReader.FormerMember)))
                .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id).ToList();
            var subject = await keys.OpenAsync(roomId, conversation.Id, SealedFields.Subject, conversation.SubjectSealed, ct);
            views.Add(new ConversationView(conversation.Id, subject,
                new PersonView(conversation.StartedBy, names.GetValueOrDefault(conversation.StartedBy, MessageReader.FormerMember)),
                people, conversation.MessageCount, conversation.CreatedAt, conversation.LastMessageAt, unread));
        }

        return views;
    }
}
