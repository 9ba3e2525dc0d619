namespace SmartRoom.Modules.Identity.Domain;

/// <summary>Ends every live session of an account (password change or reset, lock); the caller saves.</summary>
internal static class SessionRevocation
{
    public static async Task RevokeAllAsync(IdentityDbContext db, Guid userId, DateTimeOffset now, string reason, CancellationToken ct)
    {
        foreach (var session in await db.Sessions.Where(s => s.UserId == userId && s.RevokedAt == null).ToListAsync(ct))
        {
            session.Revoke(now, reason);
        }
    }
}
