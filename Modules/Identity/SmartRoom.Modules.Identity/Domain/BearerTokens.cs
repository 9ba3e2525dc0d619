using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>
/// Issues the bearer scheme's token pair for a principal exactly as its sign-in does (same protectors, tickets and
/// lifetimes, so <c>/refresh</c> and the bearer handler read them back), for a sign-in answer that carries more
/// than the pair (the login's privacy-policy standing).
/// </summary>
internal sealed class BearerTokens(IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock)
{
    public AccessTokenResponse Issue(ClaimsPrincipal principal)
    {
        var bearer = options.Get(IdentityConstants.BearerScheme);
        var now = clock.GetUtcNow();
        var access = new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = now + bearer.BearerTokenExpiration },
            $"{IdentityConstants.BearerScheme}:AccessToken");
        var refresh = new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = now + bearer.RefreshTokenExpiration },
            $"{IdentityConstants.BearerScheme}:RefreshToken");
        return new AccessTokenResponse
        {
            AccessToken = bearer.BearerTokenProtector.Protect(access),
            ExpiresIn = (long)bearer.BearerTokenExpiration.TotalSeconds,
            RefreshToken = bearer.RefreshTokenProtector.Protect(refresh),
        };
    }
}
