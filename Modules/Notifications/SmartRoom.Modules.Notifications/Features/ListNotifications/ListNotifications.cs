namespace SmartRoom.Modules.Notifications.Features.ListNotifications;

internal sealed record FeedItem(Guid Id, string Category, string Title, string Body, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

internal sealed record FeedPage(IReadOnlyList<FeedItem> Items, int Page, int PageSize, int Total, int UnreadCount);

/// <summary>The caller's own notices, newest first, with how many are unread.</summary>
[RequiresUser]
internal sealed record ListNotifications(int Page, int PageSize, bool UnreadOnly) : IQuery<Result<FeedPage>>;
