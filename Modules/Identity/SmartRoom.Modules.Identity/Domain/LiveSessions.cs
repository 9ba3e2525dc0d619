using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Identity.Persistence;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>
/// A bearer token is only as good as its session: once the session ends (logout, sign-out everywhere, a
/// password change or reset, an admin's lock) the access token it was issued with stops working on the next
/// request, instead of living out its 15 minutes. Checked on every authenticated request with one
/// primary-key read; the request then continues as a visitor (401 where sign-in is required).
/// </summary>
internal static class LiveSessions
{
    public static IApplicationBuilder UseLiveSessions(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            if (http.User.Identity?.IsAuthenticated == true
                && SessionClaims.SessionIdOf(http.User) is { } sessionId
                && Guid.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
            {
                var db = http.RequestServices.GetRequiredService<IdentityDbContext>();
                var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                var session = await db.Sessions.AsNoTracking()
                    .Where(s => s.Id == sessionId && s.UserId == userId)
                    .Select(s => new { s.RevokedAt, s.ExpiresAt })
                    .SingleOrDefaultAsync(http.RequestAborted);
                if (session is null || session.RevokedAt is not null || session.ExpiresAt <= now)
                {
                    http.User = new ClaimsPrincipal(new ClaimsIdentity());
                }
            }

            await next(http);
        });
}
