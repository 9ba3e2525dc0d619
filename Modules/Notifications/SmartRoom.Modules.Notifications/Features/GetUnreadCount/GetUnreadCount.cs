using SmartRoom.Modules.Notifications.Views;

namespace SmartRoom.Modules.Notifications.Features.GetUnreadCount;

/// <summary>How many of the caller's notices are unread.</summary>
[RequiresUser]
internal sealed record GetUnreadCount : IQuery<Result<UnreadCount>>;
