namespace SmartRoom.Modules.Notifications.Features.Unsubscribe;

internal sealed class UnsubscribeHandler(NotificationsDbContext db, TimeProvider clock) : ICommandHandler<Unsubscribe, Result<Unsubscribed>>
{
    public async ValueTask<Result<Unsubscribed>> Handle(Unsubscribe command, CancellationToken cancellationToken)
    {
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
        await PreferenceSettings.SetAsync(db, link.UserId, link.Category, DeliveryMode.Off, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Unsubscribed(link.Category);
    }
}
