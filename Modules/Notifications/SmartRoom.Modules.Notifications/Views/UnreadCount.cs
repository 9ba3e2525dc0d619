namespace SmartRoom.Modules.Notifications.Views;

internal sealed record UnreadCount(int Count);
