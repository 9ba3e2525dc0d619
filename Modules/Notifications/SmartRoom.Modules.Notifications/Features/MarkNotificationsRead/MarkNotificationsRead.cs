using SmartRoom.Modules.Notifications.Views;

namespace SmartRoom.Modules.Notifications.Features.MarkNotificationsRead;

/// <summary>Marks one of the caller's notices read (someone else's answers 404), or with no id all of them.</summary>
[RequiresUser]
internal sealed record MarkNotificationsRead(Guid? NotificationId) : ICommand<Result<UnreadCount>>;
