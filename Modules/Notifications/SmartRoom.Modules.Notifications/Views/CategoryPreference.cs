namespace SmartRoom.Modules.Notifications.Views;

internal sealed record CategoryPreference(string Category, DeliveryMode Mode, bool Essential);
