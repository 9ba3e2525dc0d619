using System.Security.Claims;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>
/// The signed-in account's current state, looked up once per request (scoped) and shared by the checks that
/// must not trust the token alone: <see cref="LiveSessions"/> (is the bearer session still live?) and
/// <see cref="TwoFactorSetupHandler"/> (does the account owe an admin-required 2FA set-up?).
/// </summary>
internal sealed class RequestAccount(IdentityDbContext db, TimeProvider clock)
{
    private readonly Dictionary<(Guid UserId, Guid? SessionId), AccountState?> _states = [];

    /// <summary>Null when the principal names no account, or one that no longer exists.</summary>
    public async Task<AccountState?> StateAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (!Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return null;
        }

        var sessionId = SessionClaims.SessionIdOf(principal);
        if (!_states.TryGetValue((userId, sessionId), out var state))
        {
            var now = clock.GetUtcNow();
            // One round trip: the account, left-joined to its bearer session when the token names one.
            var row = await (
                    from u in db.Users.AsNoTracking()
                    where u.Id == userId
                    join s in db.Sessions.AsNoTracking().Where(s => s.Id == sessionId) on u.Id equals s.UserId into sessions
                    from s in sessions.DefaultIfEmpty()
                    select new { u.TwoFactorRequired, u.TwoFactorEnabled, Session = s == null ? null : new { s.RevokedAt, s.ExpiresAt } })
                .SingleOrDefaultAsync(ct);
            state = row is null
                ? null
                : new AccountState(
                    row.TwoFactorRequired && !row.TwoFactorEnabled,
                    SessionLive: sessionId is null || (row.Session is { RevokedAt: null } session && session.ExpiresAt > now));
            _states[(userId, sessionId)] = state;
        }

        return state;
    }
}
