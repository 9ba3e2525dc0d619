using SmartRoom.BuildingBlocks.Configuration;
using SmartRoom.Modules.Notifications.IntegrationEvents;
using SmartRoom.Modules.Notifications.Templates;
using SmartRoom.Modules.Notifications.Templates.Models;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Notifications.Features.Notify;

internal sealed class NotifyHandler(
    IDbContextOutbox<NotificationsDbContext> outbox,
    EmailComposer composer,
    DeliveryLog deliveries,
    SmartRoomOptions platform,
    TimeProvider clock) : ICommandHandler<Notify, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(Notify command, CancellationToken cancellationToken)
    {
        var notice = command.Notice;
        var db = outbox.DbContext;
        if (notice.Category == Categories.Marketing && !await MarketingAudience.ConsentsAsync(db, notice.UserId, cancellationToken))
        {
            // Consent is checked again here, when the notice is handled: a withdrawal since the announcement stops it.
            return Done.Value;
        }

        var model = EmailModel.FromJson(notice.Model);
        var now = clock.GetUtcNow();
        var key = notice.UserId is { } user ? Notices.Key(notice.EventId, user, model.Template) : null;
        if (notice.FeedTitle is not null && key is not null && !await db.InAppNotifications.AnyAsync(n => n.DeduplicationKey == key, cancellationToken))
        {
            db.InAppNotifications.Add(new InAppNotification
            {
                Id = Guid.CreateVersion7(),
                DeduplicationKey = key,
                UserId = notice.UserId!.Value,
                Category = notice.Category,
                Title = notice.FeedTitle,
                Body = notice.FeedBody ?? "",
                CreatedAt = now,
            });
        }

        var mode = await ModeAsync(notice, cancellationToken);
        if (mode == DeliveryMode.DailyDigest && key is not null && !await db.DigestItems.AnyAsync(d => d.DeduplicationKey == key, cancellationToken))
        {
            db.DigestItems.Add(new DigestItem
            {
                Id = Guid.CreateVersion7(),
                DeduplicationKey = key,
                UserId = notice.UserId!.Value,
                Email = notice.Email,
                DisplayName = notice.DisplayName,
                Category = notice.Category,
                Title = notice.FeedTitle ?? model.Template,
                Body = notice.FeedBody ?? "",
                CreatedAt = now,
            });
        }

        var deliveryKey = Notices.DeliveryKey(notice.EventId, notice.Email, model.Template);
        if (mode == DeliveryMode.Immediate && !await db.EmailDeliveries.AnyAsync(d => d.DeduplicationKey == deliveryKey, cancellationToken))
        {
            string? unsubscribe = null;
            if (!Categories.IsEssential(notice.Category) && notice.UserId is { } owner)
            {
                var (link, url) = UnsubscribeLinks.New(owner, notice.Category, now, platform.PublicBaseUrl);
                db.UnsubscribeLinks.Add(link);
                unsubscribe = url;
            }

            var (email, logCopy) = composer.Compose(model, notice.DisplayName, unsubscribe);
            await deliveries.QueueAsync(outbox, deliveryKey, notice.Email, email, logCopy, notice.Category, notice.UserId, unsubscribe, notice.EventId);
        }

        // Feed entry, summary line, delivery, its unsubscribe link and the message that sends it: all or nothing.
        // A concurrent duplicate loses on the unique keys, rolls back whole and, retried, finds everything done.
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return Done.Value;
    }

    private async Task<DeliveryMode> ModeAsync(NotifyRecipient notice, CancellationToken ct)
    {
        if (Categories.IsEssential(notice.Category))
        {
            return DeliveryMode.Immediate;
        }

        var chosen = notice.UserId is { } user
            ? await outbox.DbContext.Preferences.AsNoTracking()
                .Where(p => p.UserId == user && p.Category == notice.Category)
                .Select(p => (DeliveryMode?)p.Mode)
                .SingleOrDefaultAsync(ct)
            : null;
        // Marketing is sent now or not at all: a summary sent later would not check consent again.
        return notice.Category == Categories.Marketing && chosen == DeliveryMode.DailyDigest
            ? DeliveryMode.Immediate
            : chosen ?? (notice.DigestByDefault ? DeliveryMode.DailyDigest : Categories.Unset(notice.Category));
    }
}
