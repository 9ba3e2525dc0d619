using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>
/// "Sudo mode": sensitive account changes (2FA off, the shared key, new recovery codes, a new email or
/// password) need a proof that the owner is present, no older than <see cref="SudoOptions.Window"/>. The
/// proof time lives on the bearer session's row, or for a cookie sign-in in the (encrypted, signed) cookie.
/// </summary>
internal sealed class SudoMode(
    IHttpContextAccessor http,
    IdentityDbContext db,
    SignInManager<User> signIn,
    IOptions<SudoOptions> options,
    TimeProvider clock)
{
    public TimeSpan Window => options.Value.Window;

    public Error Required => Error.Forbidden("sudo-required",
        $"This change needs a fresh proof that it is you (within the last {Window.TotalMinutes:0.#} minutes). " +
        "POST /api/identity/reauthenticate with your password, or with two-factor sign-in on a code from your " +
        "authenticator app (twoFactorCode) or a recovery code (twoFactorRecoveryCode), then try again.");

    public async Task<bool> IsFreshAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await ProvenAtAsync(ct) is { } at && at <= now && now - at <= Window;
    }

    /// <summary>The owner just proved it is them: for a bearer session the caller saves the context; a cookie is re-issued.</summary>
    public async Task RecordAsync(User user, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var principal = Principal;
        if (SessionClaims.SessionIdOf(principal) is { } sessionId)
        {
            if (await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.UserId == user.Id, ct) is { } session)
            {
                session.ReauthenticatedAt = now;
            }

            return;
        }

        if (principal.Identity?.AuthenticationType is not null && http.HttpContext is not null)
        {
            signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
            await signIn.SignInWithClaimsAsync(user, isPersistent: true, [ProofClaim(now)]);
        }
    }

    public static Claim ProofClaim(DateTimeOffset at) =>
        new(SessionClaims.ProofAt, at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

    private ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();

    private async Task<DateTimeOffset?> ProvenAtAsync(CancellationToken ct)
    {
        var principal = Principal;
        if (SessionClaims.SessionIdOf(principal) is { } sessionId)
        {
            var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, ct);
            return session is not null && session.IsActive(clock.GetUtcNow())
                && session.UserId.ToString() == principal.FindFirstValue(ClaimTypes.NameIdentifier)
                ? session.ReauthenticatedAt
                : null;
        }

        return long.TryParse(principal.FindFirstValue(SessionClaims.ProofAt), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }
}
