using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>
/// A bearer token is only as good as its session: once the session ends (logout, sign-out everywhere, a
/// password change or reset, an admin's lock) the access token it was issued with stops working on the next
/// request, instead of living out its 15 minutes. Checked on every authenticated request with one
/// primary-key read shared with the other per-request checks (<see cref="RequestAccount"/>); the request then continues as a visitor (401 where sign-in is required).
/// </summary>
internal static class LiveSessions
{
    public static IApplicationBuilder UseLiveSessions(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            if (http.User.Identity?.IsAuthenticated == true && SessionClaims.SessionIdOf(http.User) is not null
                && await http.RequestServices.GetRequiredService<RequestAccount>().StateAsync(http.User, http.RequestAborted) is not { SessionLive: true })
            {
                http.User = new ClaimsPrincipal(new ClaimsIdentity());
            }

            await next(http);
        });
}
