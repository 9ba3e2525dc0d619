using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using SmartRoom.Modules.Notifications.Contracts;
using SmartRoom.Modules.Notifications.Email;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Notifications.Domain;

/// <summary>
/// One delivery attempt: send, then record the outcome (sent, retry later with back-off, or failed). The final
/// outcome of a <c>legal</c> email is reported (<see cref="EmailDeliveryReported"/>) in the same commit, through
/// <paramref name="outbox"/> (the outbox of the same scoped context as <paramref name="db"/>).
/// </summary>
internal sealed partial class DeliveryDispatcher(
    NotificationsDbContext db,
    IEmailTransport transport,
    IOptions<EmailOptions> options,
    SealedEmails sealedEmails,
    TimeProvider clock,
    ILogger<DeliveryDispatcher> logger,
    IDbContextOutbox<NotificationsDbContext>? outbox = null)
{
    public async Task AttemptAsync(EmailDelivery delivery, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (delivery.Category == Categories.Marketing && !await MarketingAudience.ConsentsAsync(db, delivery.UserId, cancellationToken))
        {
            // Consent to marketing email was withdrawn after the email was queued: it is not sent, now or on a retry.
            delivery.Status = DeliveryStatus.Failed;
            delivery.NextAttemptAt = null;
            delivery.LastError = "Not sent: consent to marketing email was withdrawn.";
            delivery.SealedContent = null;
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var suppressed = await db.SuppressedAddresses.FindAsync([delivery.To.ToUpperInvariant()], cancellationToken);
        if (suppressed is not null)
        {
            // An address that hard-failed before is not tried again.
            delivery.Status = DeliveryStatus.Failed;
            delivery.NextAttemptAt = null;
            delivery.LastError = "Suppressed: the address was refused permanently before (" + suppressed.Reason + ").";
            delivery.SealedContent = null;
            await SaveAsync(delivery, EmailDeliveryReported.Unreachable, delivery.LastError, cancellationToken);
            return;
        }

        // Claim the attempt before sending: of two attempts racing for one row (its DeliverEmail message and the
        // retry job, e.g. on a backlog after a restart), only the one whose conditional update lands sends. Should
        // the process die after the claim, the row waits for the retry job at its next attempt time.
        var attempts = delivery.Attempts;
        var claimed = await db.EmailDeliveries
            .Where(d => d.Id == delivery.Id && d.Status == DeliveryStatus.Queued && d.Attempts == attempts)
            .ExecuteUpdateAsync(
                set => set.SetProperty(d => d.Attempts, attempts + 1)
                    .SetProperty(d => d.LastAttemptAt, now)
                    .SetProperty(d => d.NextAttemptAt, now + options.Value.Retry.DelayAfter(attempts + 1)),
                cancellationToken);
        if (claimed == 0)
        {
            LogTaken(delivery.Id, delivery.Template);
            return;
        }

        delivery.Attempts++;
        delivery.LastAttemptAt = now;
        try
        {
            delivery.ProviderMessageId = await transport.SendAsync(ToMime(delivery), cancellationToken);
            delivery.Status = DeliveryStatus.Sent;
            delivery.SentAt = clock.GetUtcNow();
            delivery.NextAttemptAt = null;
            delivery.LastError = null;
            delivery.SealedContent = null; // its secrets are the recipient's now; the log keeps the redacted copy
            LogSent(delivery.Id, delivery.Template, delivery.Attempts);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            delivery.LastError = Truncate($"{ex.GetType().Name}: {ex.Message}", 1000);
            var retry = options.Value.Retry;
            // A mailbox the server refuses outright (5xx for the recipient) will not start working by retrying.
            var permanent = ex is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted, StatusCode: >= (SmtpStatusCode)500 };
            if (permanent && await db.SuppressedAddresses.FindAsync([delivery.To.ToUpperInvariant()], cancellationToken) is null)
            {
                db.SuppressedAddresses.Add(new SuppressedAddress { Address = delivery.To.ToUpperInvariant(), Reason = Truncate(ex.Message, 1000), SuppressedAt = now });
            }

            if (permanent || delivery.Attempts >= retry.MaxAttempts)
            {
                delivery.Status = DeliveryStatus.Failed;
                delivery.NextAttemptAt = null;
                delivery.SealedContent = null;
                LogGaveUp(ex, delivery.Id, delivery.Template, delivery.Attempts);
            }
            else
            {
                delivery.NextAttemptAt = now + retry.DelayAfter(delivery.Attempts);
                LogWillRetry(ex, delivery.Id, delivery.Template, delivery.Attempts, delivery.NextAttemptAt.Value);
            }
        }

        var outcome = delivery.Status switch
        {
            DeliveryStatus.Sent => EmailDeliveryReported.Sent,
            DeliveryStatus.Failed => EmailDeliveryReported.Failed,
            _ => null,
        };
        await SaveAsync(delivery, outcome, delivery.Status == DeliveryStatus.Failed ? delivery.LastError : null, cancellationToken);
    }

    /// <summary>Saves the attempt; a legal email's final outcome goes out with it, for the module whose event caused it.</summary>
    private async Task SaveAsync(EmailDelivery delivery, string? outcome, string? reason, CancellationToken cancellationToken)
    {
        if (outcome is null || delivery.Category != Categories.Legal || delivery.SourceEventId is not { } source)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        if (outbox is null || !ReferenceEquals(outbox.DbContext, db))
        {
            throw new InvalidOperationException("Reporting a legal email's outcome needs the outbox of the dispatcher's own context.");
        }

        await outbox.PublishAsync(new EmailDeliveryReported(Guid.CreateVersion7(), clock.GetUtcNow(), source, delivery.UserId, outcome, reason));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }

    private MimeMessage ToMime(EmailDelivery delivery)
    {
        var (subject, text, html, unsubscribeUrl) = delivery.SealedContent is { } sealedContent
            ? sealedEmails.Open(sealedContent)
            : (delivery.Subject, delivery.TextBody, delivery.HtmlBody, delivery.UnsubscribeUrl);
        var message = new MimeMessage
        {
            // Stable per delivery: a retried send is recognisably the same message.
            MessageId = $"{delivery.Id:N}@smartroom",
            Subject = subject ?? delivery.Subject,
            Date = delivery.CreatedAt,
        };
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(MailboxAddress.Parse(delivery.To));
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        if (unsubscribeUrl is { } unsubscribe)
        {
            // RFC 2369 / RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this URL.
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        return message;
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {DeliveryId} ({Template}) is being attempted elsewhere; left alone")]
    private partial void LogTaken(Guid deliveryId, string template);

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {DeliveryId} ({Template}) sent on attempt {Attempt}")]
    private partial void LogSent(Guid deliveryId, string template, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {DeliveryId} ({Template}) attempt {Attempt} failed; next try at {NextAttemptAt:O}")]
    private partial void LogWillRetry(Exception ex, Guid deliveryId, string template, int attempt, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Email {DeliveryId} ({Template}) failed for good after {Attempt} attempts")]
    private partial void LogGaveUp(Exception ex, Guid deliveryId, string template, int attempt);
}
