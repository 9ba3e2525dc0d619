using Microsoft.Extensions.Options;
using SmartRoom.Modules.Notifications.Email;
using SmartRoom.Modules.Notifications.IntegrationEvents;
using SmartRoom.Modules.Notifications.Templates;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Notifications.Domain;

/// <summary>
/// A new row of the delivery log, queued for its first attempt. When the email carries anything the log must
/// not keep readable, <c>logCopy</c> is what the log shows; the email itself (and its unsubscribe link) is kept
/// sealed with the master key only until its delivery ends, then purged. The row and the
/// <see cref="DeliverEmail"/> message that makes its first attempt commit together, with the caller's changes.
/// </summary>
internal sealed class DeliveryLog(SealedEmails sealedEmails, IOptions<EmailOptions> options, TimeProvider clock)
{
    public async Task QueueAsync(
        IDbContextOutbox<NotificationsDbContext> outbox,
        string deduplicationKey, string to, RenderedEmail email, RenderedEmail? logCopy, string category, Guid? userId, string? unsubscribeUrl,
        Guid? sourceEventId = null)
    {
        var now = clock.GetUtcNow();
        var logged = logCopy ?? email;
        var delivery = new EmailDelivery
        {
            Id = Guid.CreateVersion7(),
            DeduplicationKey = deduplicationKey,
            Template = email.Template,
            Category = category,
            UserId = userId,
            SourceEventId = sourceEventId,
            UnsubscribeUrl = logCopy is null ? unsubscribeUrl : null,
            SealedContent = logCopy is null ? null : sealedEmails.Seal(email, unsubscribeUrl),
            To = to,
            Subject = logged.Subject,
            TextBody = logged.Text,
            HtmlBody = logged.Html,
            Status = DeliveryStatus.Queued,
            CreatedAt = now,
            // The first attempt comes with its DeliverEmail message; should that not have happened by then
            // (the process died before it ran), the retry job picks the row up.
            NextAttemptAt = now + options.Value.Retry.BaseDelay,
        };
        outbox.DbContext.EmailDeliveries.Add(delivery);
        await outbox.SendAsync(new DeliverEmail(delivery.Id));
    }
}
