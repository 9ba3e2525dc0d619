using SmartRoom.Modules.Messaging.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Adds a message to a conversation in the caller's unit of work: attachments only to documents the sender may see
/// now (else <see cref="ConversationRules.DocumentNotFound"/> and nothing added), the body sealed with its SHA-256
/// beside it, the conversation's count and time moved on, the action announced for the audit trail, and
/// <see cref="ConversationMessagePosted"/> published to everyone else who may read it now.
/// </summary>
internal sealed class MessagePosting(IDbContextOutbox<MessagingDbContext> outbox, RoomKeys keys, DocumentReferences documents,
    ConversationReach reach, RoomActivity activity, TimeProvider clock)
{
    public async Task<Result<ConversationMessage>> PostAsync(RoomParticipant sender, Conversation conversation, IReadOnlyCollection<Guid> participantIds,
        string body, IReadOnlyList<Guid> documentIds, bool starts, CancellationToken ct)
    {
        var attached = documentIds.Distinct().ToList();
        var visible = await documents.VisibleAsync(sender.RoomId, sender.UserId, attached, ct);
        if (attached.Any(d => !visible.ContainsKey(d)))
        {
            return ConversationRules.DocumentNotFound;
        }

        var now = clock.GetUtcNow();
        var message = new ConversationMessage
        {
            Id = Guid.CreateVersion7(),
            ConversationId = conversation.Id,
            RoomId = sender.RoomId,
            SenderId = sender.UserId,
            Number = conversation.MessageCount + 1,
            BodySha256 = SealedText.Sha256(body),
            CreatedAt = now,
        };
        message.BodySealed = await keys.SealAsync(sender.RoomId, message.Id, SealedFields.Body, body, ct);
        outbox.DbContext.Messages.Add(message);
        outbox.DbContext.MessageAttachments.AddRange(attached.Select((d, i) => new MessageAttachment { MessageId = message.Id, DocumentId = d, Position = i + 1 }));
        conversation.MessageCount = message.Number;
        conversation.LastMessageAt = now;

        await activity.RecordAsync(sender, MessagingAuditActions.MessagePosted, "message", message.Id, new Dictionary<string, string?>
        {
            ["conversationId"] = conversation.Id.ToString(),
            ["number"] = message.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["length"] = body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["sha256"] = message.BodySha256,
            ["attachments"] = string.Join(",", attached),
        });

        var recipients = (await reach.ReadersAsync(sender.RoomId, participantIds, now, ct))
            .Where(m => m.UserId != sender.UserId).Select(m => m.ToRecipient()).ToList();
        await outbox.PublishAsync(new ConversationMessagePosted(Guid.CreateVersion7(), now, sender.RoomId, sender.Room.Name, conversation.Id, message.Id,
            sender.DisplayName, starts, recipients));
        return message;
    }

    /// <summary>Saves the unit of work and sends its messages; a message numbered alike at the same moment wins, this one is refused.</summary>
    public async Task<Result<Done>> SaveAsync(CancellationToken ct)
    {
        var added = outbox.DbContext.ChangeTracker.Entries<ConversationMessage>().Where(e => e.State == EntityState.Added)
            .Select(e => (e.Entity.ConversationId, e.Entity.Number)).ToList();
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(ct);
            return Done.Value;
        }
        catch (DbUpdateException)
        {
            foreach (var (conversationId, number) in added)
            {
                if (await outbox.DbContext.Messages.AsNoTracking().AnyAsync(m => m.ConversationId == conversationId && m.Number == number, ct))
                {
                    return ConversationRules.Busy;
                }
            }

            throw;
        }
    }
}
