using Mediator;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.Modules.Notifications.Domain;
using SmartRoom.Modules.Notifications.Persistence;
using SmartRoom.Modules.Notifications.Templates;

namespace SmartRoom.Modules.Notifications.Features.SendEmail;

/// <summary>
/// Records an email in the delivery log and makes the first attempt. Idempotent: a second command with
/// the same <see cref="DeduplicationKey"/> (the same event delivered again) sends nothing. When the email
/// carries secrets, <see cref="LogCopy"/> is what the log keeps readable; the email itself (and its
/// unsubscribe link) is kept sealed with the master key only until its delivery ends, then purged.
/// </summary>
internal sealed record SendEmail(
    string DeduplicationKey,
    string To,
    RenderedEmail Email,
    string Category = Categories.Security,
    Guid? UserId = null,
    string? UnsubscribeUrl = null,
    RenderedEmail? LogCopy = null) : ICommand<Result<EmailQueued>>;

internal sealed record EmailQueued(Guid DeliveryId, bool Duplicate);

internal sealed class SendEmailHandler(NotificationsDbContext db, DeliveryDispatcher dispatcher, SealedEmails sealedEmails, TimeProvider clock)
    : ICommandHandler<SendEmail, Result<EmailQueued>>
{
    public async ValueTask<Result<EmailQueued>> Handle(SendEmail command, CancellationToken cancellationToken)
    {
        var existing = await db.EmailDeliveries.AsNoTracking()
            .Where(d => d.DeduplicationKey == command.DeduplicationKey)
            .Select(d => (Guid?)d.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return new EmailQueued(id, Duplicate: true);
        }

        var now = clock.GetUtcNow();
        var logged = command.LogCopy ?? command.Email;
        var delivery = new EmailDelivery
        {
            Id = Guid.CreateVersion7(),
            DeduplicationKey = command.DeduplicationKey,
            Template = command.Email.Template,
            Category = command.Category,
            UserId = command.UserId,
            UnsubscribeUrl = command.LogCopy is null ? command.UnsubscribeUrl : null,
            SealedContent = command.LogCopy is null ? null : sealedEmails.Seal(command.Email, command.UnsubscribeUrl),
            To = command.To,
            Subject = logged.Subject,
            TextBody = logged.Text,
            HtmlBody = logged.Html,
            Status = DeliveryStatus.Queued,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.EmailDeliveries.Add(delivery);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.Entry(delivery).State = EntityState.Detached;
            if (!await db.EmailDeliveries.AnyAsync(d => d.DeduplicationKey == command.DeduplicationKey, cancellationToken))
            {
                throw;
            }

            // A concurrent delivery of the same event won the unique key.
            return new EmailQueued(delivery.Id, Duplicate: true);
        }

        // Queued before the first attempt: if the process dies now, the retry job still sends it.
        await dispatcher.AttemptAsync(delivery, cancellationToken);
        return new EmailQueued(delivery.Id, Duplicate: false);
    }
}
