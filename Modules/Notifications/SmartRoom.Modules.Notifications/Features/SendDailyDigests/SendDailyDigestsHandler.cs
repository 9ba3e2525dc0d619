using SmartRoom.Modules.Notifications.Templates;
using SmartRoom.Modules.Notifications.Templates.Models;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Notifications.Features.SendDailyDigests;

internal sealed class SendDailyDigestsHandler(
    IDbContextOutbox<NotificationsDbContext> outbox,
    EmailComposer composer,
    DeliveryLog deliveries,
    TimeProvider clock) : ICommandHandler<SendDailyDigests, Result<DigestsSent>>
{
    public async ValueTask<Result<DigestsSent>> Handle(SendDailyDigests command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var now = clock.GetUtcNow();
        var pending = await db.DigestItems.Where(d => d.SentAt == null).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var recipients = 0;
        foreach (var person in pending.GroupBy(d => d.UserId))
        {
            var first = person.First();
            var email = Render(first.DisplayName, person.Select(i => new DigestLine(i.Title, i.Body)));
            // The log keeps how many items went, not what they said (room and document names).
            var logCopy = Render(first.DisplayName, person.Select(_ => new DigestLine(EmailComposer.Redacted, "")));
            var key = $"digest:{person.Key:N}:{now:yyyyMMdd}:{first.Id:N}";
            if (!await db.EmailDeliveries.AnyAsync(d => d.DeduplicationKey == key, cancellationToken))
            {
                await deliveries.QueueAsync(outbox, key, first.Email, email, logCopy, first.Category, person.Key, unsubscribeUrl: null);
            }

            foreach (var item in person)
            {
                item.SentAt = now;
            }

            recipients++;
        }

        // Every summary's delivery, its message and its items marked sent commit together.
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);

        return new DigestsSent(recipients, pending.Count);
    }

    private RenderedEmail Render(string name, IEnumerable<DigestLine> lines) => composer.Compose(new DailyDigestEmail(lines.ToList()), name).Email;
}
