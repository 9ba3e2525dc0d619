using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SmartRoom.Modules.Identity.Features.Refresh;

internal sealed class RefreshHandler(
    SignInManager<User> signIn,
    ClockedUserManager users,
    IdentityDbContext db,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    TimeProvider clock) : ICommandHandler<Refresh, Result<ClaimsPrincipal>>
{
    private static readonly Error Refused = Error.Unauthorized("invalid-refresh-token", "The refresh token is not valid. Sign in again.");

    public async ValueTask<Result<ClaimsPrincipal>> Handle(Refresh command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var ticket = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(command.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || now >= expires
            || SessionClaims.SessionIdOf(ticket.Principal) is not { } sessionId
            || !Guid.TryParse(ticket.Principal.FindFirstValue(SessionClaims.TokenId), out var tokenId))
        {
            return Refused;
        }

        var session = await db.Sessions.FindAsync([sessionId], cancellationToken);
        if (session is null || !session.IsActive(now))
        {
            return Refused;
        }

        if (session.CurrentTokenId != tokenId)
        {
            session.Revoke(now, "refresh-token-reused");
            await db.SaveChangesAsync(cancellationToken);
            return Refused;
        }

        if (await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || user.Id != session.UserId
            || await users.IsLockedOutAsync(user)
            || !await signIn.CanSignInAsync(user))
        {
            session.Revoke(now, "account-changed");
            await db.SaveChangesAsync(cancellationToken);
            return Refused;
        }

        session.CurrentTokenId = Guid.NewGuid();
        session.LastUsedAt = now;
        await db.SaveChangesAsync(cancellationToken);

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(SessionClaims.SessionId, session.Id.ToString()));
        identity.AddClaim(new Claim(SessionClaims.TokenId, session.CurrentTokenId.ToString()));
        return principal;
    }
}
