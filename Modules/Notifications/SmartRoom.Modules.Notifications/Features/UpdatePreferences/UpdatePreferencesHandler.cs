using SmartRoom.Modules.Notifications.Views;

namespace SmartRoom.Modules.Notifications.Features.UpdatePreferences;

internal sealed class UpdatePreferencesHandler(NotificationsDbContext db, ICurrentUser current, TimeProvider clock)
    : ICommandHandler<UpdatePreferences, Result<PreferencesResponse>>
{
    public async ValueTask<Result<PreferencesResponse>> Handle(UpdatePreferences command, CancellationToken cancellationToken)
    {
        var userId = current.Id!.Value;
        foreach (var choice in command.Categories.Where(c => !Categories.IsEssential(c.Category)))
        {
            await PreferenceSettings.SetAsync(db, userId, choice.Category, choice.Mode, clock.GetUtcNow(), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await PreferenceSettings.ReadAsync(db, userId, cancellationToken);
    }
}
