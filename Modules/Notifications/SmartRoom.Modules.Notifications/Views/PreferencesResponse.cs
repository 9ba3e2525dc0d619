namespace SmartRoom.Modules.Notifications.Views;

internal sealed record PreferencesResponse(IReadOnlyList<CategoryPreference> Categories);
