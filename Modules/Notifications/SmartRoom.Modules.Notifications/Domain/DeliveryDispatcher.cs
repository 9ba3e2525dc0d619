using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using SmartRoom.Modules.Notifications.Email;

namespace SmartRoom.Modules.Notifications.Domain;

/// <summary>One delivery attempt: send, then record the outcome (sent, retry later with back-off, or failed).</summary>
internal sealed partial class DeliveryDispatcher(
    NotificationsDbContext db,
    IEmailTransport transport,
    IOptions<EmailOptions> options,
    SealedEmails sealedEmails,
    TimeProvider clock,
    ILogger<DeliveryDispatcher> logger)
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
            await db.SaveChangesAsync(cancellationToken);
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

        await db.SaveChangesAsync(cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {DeliveryId} ({Template}) sent on attempt {Attempt}")]
    private partial void LogSent(Guid deliveryId, string template, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {DeliveryId} ({Template}) attempt {Attempt} failed; next try at {NextAttemptAt:O}")]
    private partial void LogWillRetry(Exception ex, Guid deliveryId, string template, int attempt, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Email {DeliveryId} ({Template}) failed for good after {Attempt} attempts")]
    private partial void LogGaveUp(Exception ex, Guid deliveryId, string template, int attempt);
}
