using SmartRoom.Modules.Notifications.Views;

namespace SmartRoom.Modules.Notifications.Features.MarkNotificationsRead;

internal sealed class MarkNotificationsReadHandler(NotificationsDbContext db, ICurrentUser current, TimeProvider clock)
    : ICommandHandler<MarkNotificationsRead, Result<UnreadCount>>
{
    public async ValueTask<Result<UnreadCount>> Handle(MarkNotificationsRead command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var mine = db.InAppNotifications.Where(n => n.UserId == current.Id);
        if (command.NotificationId is { } id)
        {
            var notice = await mine.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
            if (notice is null)
            {
                return Error.NotFound("notification");
            }

            notice.ReadAt ??= now;
        }
        else
        {
            foreach (var notice in await mine.Where(n => n.ReadAt == null).ToListAsync(cancellationToken))
            {
                notice.ReadAt = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new UnreadCount(await mine.CountAsync(n => n.ReadAt == null, cancellationToken));
    }
}
