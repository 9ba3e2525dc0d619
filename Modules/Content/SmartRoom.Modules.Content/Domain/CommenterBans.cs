namespace SmartRoom.Modules.Content.Domain;

/// <summary>Whether an account is banned from commenting now.</summary>
internal static class CommenterBans
{
    public static async Task<CommenterBan?> InForceAsync(ContentDbContext db, Guid userId, DateTimeOffset now, CancellationToken ct)
    {
        var ban = await db.CommenterBans.AsNoTracking().FirstOrDefaultAsync(b => b.UserId == userId, ct);
        return ban is not null && ban.InForceAt(now) ? ban : null;
    }
}
