namespace SmartRoom.Modules.Notifications.Features.ListNotifications;

internal sealed class ListNotificationsHandler(NotificationsDbContext db, ICurrentUser current) : IQueryHandler<ListNotifications, Result<FeedPage>>
{
    public async ValueTask<Result<FeedPage>> Handle(ListNotifications query, CancellationToken cancellationToken)
    {
        var mine = db.InAppNotifications.AsNoTracking().Where(n => n.UserId == current.Id);
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var listed = query.UnreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        var total = query.UnreadOnly ? unread : await listed.CountAsync(cancellationToken);
        var items = await listed.OrderByDescending(n => n.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(n => new FeedItem(n.Id, n.Category, n.Title, n.Body, n.CreatedAt, n.ReadAt))
            .ToListAsync(cancellationToken);
        return new FeedPage(items, query.Page, query.PageSize, total, unread);
    }
}
