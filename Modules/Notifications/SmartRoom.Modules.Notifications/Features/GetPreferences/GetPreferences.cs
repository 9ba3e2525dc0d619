using SmartRoom.Modules.Notifications.Views;

namespace SmartRoom.Modules.Notifications.Features.GetPreferences;

/// <summary>How each category reaches the caller.</summary>
[RequiresUser]
internal sealed record GetPreferences : IQuery<Result<PreferencesResponse>>;
