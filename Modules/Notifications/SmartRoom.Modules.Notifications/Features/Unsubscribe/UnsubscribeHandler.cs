using SmartRoom.Modules.Notifications.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Notifications.Features.Unsubscribe;

internal sealed class UnsubscribeHandler(IDbContextOutbox<NotificationsDbContext> outbox, TimeProvider clock) : ICommandHandler<Unsubscribe, Result<Unsubscribed>>
{
    public async ValueTask<Result<Unsubscribed>> Handle(Unsubscribe command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var hash = OpaqueTokens.Hash(command.Token);
        var link = await db.UnsubscribeLinks.SingleOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        if (link is null)
        {
            return Error.NotFound("unsubscribe link");
        }

        if (link.UsedAt is not null)
        {
            return Error.Gone("unsubscribe-link-used", "This unsubscribe link was already used.");
        }

        var now = clock.GetUtcNow();
        link.UsedAt = now;
        if (link.Category == Categories.Marketing)
        {
            // Marketing email follows consent, which the consent ledger keeps: the copy here stops at once, and
            // Privacy records the withdrawal (method email-link), so that both say the same.
            await MarketingAudience.ApplyAsync(db, link.UserId, granted: false, now, email: null, displayName: null, cancellationToken);
            await outbox.PublishAsync(new MarketingEmailUnsubscribed(Guid.CreateVersion7(), now, link.UserId));
        }
        else
        {
            await PreferenceSettings.SetAsync(db, link.UserId, link.Category, DeliveryMode.Off, now, cancellationToken);
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new Unsubscribed(link.Category);
    }
}
