using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Turns stored messages into what a reader sees: bodies opened with the room's key (none once deleted), senders'
/// names from the membership copy, and attachments as the reader may see them now — one question to DealRooms for
/// the whole page.
/// </summary>
internal sealed class MessageReader(MessagingDbContext db, RoomKeys keys, DocumentReferences documents)
{
    public const string FormerMember = "Former member";

    public async Task<IReadOnlyList<MessageView>> ViewsAsync(RoomParticipant reader, IReadOnlyList<ConversationMessage> messages, CancellationToken ct)
    {
        if (messages.Count == 0)
        {
            return [];
        }

        var ids = messages.Select(m => m.Id).ToList();
        var attachments = (await db.MessageAttachments.AsNoTracking().Where(a => ids.Contains(a.MessageId)).ToListAsync(ct))
            .GroupBy(a => a.MessageId).ToDictionary(g => g.Key, g => g.OrderBy(a => a.Position).Select(a => a.DocumentId).ToList());
        var visible = await documents.VisibleAsync(reader.RoomId, reader.UserId, [.. attachments.Values.SelectMany(d => d)], ct);
        var senders = await NamesAsync(reader.RoomId, [.. messages.Select(m => m.SenderId)], ct);

        var views = new List<MessageView>(messages.Count);
        foreach (var message in messages)
        {
            var body = message.BodySealed is { } sealedBody && message.DeletedAt is null
                ? await keys.OpenAsync(message.RoomId, message.Id, SealedFields.Body, sealedBody, ct)
                : null;
            var attached = message.DeletedAt is null && attachments.TryGetValue(message.Id, out var documentIds)
                ? documentIds.Select(d => visible.TryGetValue(d, out var doc) ? new AttachmentView(doc.DocumentId, doc.Name, doc.Index, false) : AttachmentView.Hidden).ToList()
                : [];
            views.Add(new MessageView(message.Id, message.ConversationId, message.Number,
                new PersonView(message.SenderId, senders.GetValueOrDefault(message.SenderId, FormerMember)),
                body, message.DeletedAt is not null, message.CreatedAt, message.EditedAt, attached));
        }

        return views;
    }

    /// <summary>Display names of room members (removed ones too: their messages stay), by user id.</summary>
    public async Task<Dictionary<Guid, string>> NamesAsync(Guid roomId, IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var distinct = userIds.Distinct().ToList();
        return await db.Members.AsNoTracking().Where(m => m.RoomId == roomId && distinct.Contains(m.UserId))
            .ToDictionaryAsync(m => m.UserId, m => m.DisplayName.Length > 0 ? m.DisplayName : "Member", ct);
    }
}
