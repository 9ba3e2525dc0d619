using SmartRoom.Modules.Notifications.Views;

namespace SmartRoom.Modules.Notifications.Features.GetUnreadCount;

internal sealed class GetUnreadCountHandler(NotificationsDbContext db, ICurrentUser current) : IQueryHandler<GetUnreadCount, Result<UnreadCount>>
{
    public async ValueTask<Result<UnreadCount>> Handle(GetUnreadCount query, CancellationToken cancellationToken) =>
        new UnreadCount(await db.InAppNotifications.CountAsync(n => n.UserId == current.Id && n.ReadAt == null, cancellationToken));
}
