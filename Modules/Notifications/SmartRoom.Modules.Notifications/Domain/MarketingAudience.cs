namespace SmartRoom.Modules.Notifications.Domain;

/// <summary>Who may get marketing email: the people whose current consent counts, as Notifications' copy holds it.</summary>
internal static class MarketingAudience
{
    public static IQueryable<MarketingConsent> Consenting(NotificationsDbContext db) =>
        db.MarketingConsents.AsNoTracking().Where(c => c.Granted && c.Email != "");

    public static Task<bool> ConsentsAsync(NotificationsDbContext db, Guid? userId, CancellationToken ct) =>
        userId is { } user ? db.MarketingConsents.AnyAsync(c => c.UserId == user && c.Granted, ct) : Task.FromResult(false);

    /// <summary>Newest wins: applies a change unless a newer one is already held. Answers whether it was applied.</summary>
    public static async Task<bool> ApplyAsync(
        NotificationsDbContext db, Guid userId, bool granted, DateTimeOffset changedAt, string? email, string? displayName, CancellationToken ct)
    {
        var consent = await db.MarketingConsents.FindAsync([userId], ct);
        if (consent is null)
        {
            consent = new MarketingConsent { UserId = userId };
            db.MarketingConsents.Add(consent);
        }
        else if (consent.ChangedAt > changedAt)
        {
            return false;
        }

        consent.Granted = granted;
        consent.ChangedAt = changedAt;
        consent.Email = string.IsNullOrEmpty(email) ? consent.Email : email;
        consent.DisplayName = string.IsNullOrEmpty(displayName) ? consent.DisplayName : displayName;
        return true;
    }
}
