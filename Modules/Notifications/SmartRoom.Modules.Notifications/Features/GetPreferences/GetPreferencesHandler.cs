using SmartRoom.Modules.Notifications.Views;

namespace SmartRoom.Modules.Notifications.Features.GetPreferences;

internal sealed class GetPreferencesHandler(NotificationsDbContext db, ICurrentUser current) : IQueryHandler<GetPreferences, Result<PreferencesResponse>>
{
    public async ValueTask<Result<PreferencesResponse>> Handle(GetPreferences query, CancellationToken cancellationToken) =>
        await PreferenceSettings.ReadAsync(db, current.Id!.Value, cancellationToken);
}
