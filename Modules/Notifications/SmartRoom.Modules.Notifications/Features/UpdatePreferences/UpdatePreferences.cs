using SmartRoom.Modules.Notifications.Views;

namespace SmartRoom.Modules.Notifications.Features.UpdatePreferences;

/// <summary>Sets how optional categories reach the caller. Essential ones (security, access, legal) cannot be changed.</summary>
[RequiresUser]
internal sealed record UpdatePreferences(IReadOnlyList<CategoryChoice> Categories) : ICommand<Result<PreferencesResponse>>;

internal sealed record CategoryChoice(string Category, DeliveryMode Mode);
