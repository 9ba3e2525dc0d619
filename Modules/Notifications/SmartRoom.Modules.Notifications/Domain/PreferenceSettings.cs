using SmartRoom.Modules.Notifications.Views;

namespace SmartRoom.Modules.Notifications.Domain;

/// <summary>A person's choices per category, read whole (absent = the category's default, <see cref="Categories.Unset"/>; essential always immediate) and set one at a time.</summary>
internal static class PreferenceSettings
{
    public static async Task<PreferencesResponse> ReadAsync(NotificationsDbContext db, Guid userId, CancellationToken ct)
    {
        var chosen = await db.Preferences.AsNoTracking().Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Category, p => p.Mode, ct);
        return new PreferencesResponse(Categories.All
            .Select(c => new CategoryPreference(c, Categories.IsEssential(c) ? DeliveryMode.Immediate : chosen.GetValueOrDefault(c, Categories.Unset(c)), Categories.IsEssential(c)))
            .ToList());
    }

    public static async Task SetAsync(NotificationsDbContext db, Guid userId, string category, DeliveryMode mode, DateTimeOffset now, CancellationToken ct)
    {
        var preference = await db.Preferences.FindAsync([userId, category], ct);
        if (preference is null)
        {
            db.Preferences.Add(new Preference { UserId = userId, Category = category, Mode = mode, UpdatedAt = now });
        }
        else
        {
            preference.Mode = mode;
            preference.UpdatedAt = now;
        }
    }
}
