using System.Security.Claims;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Identity.Domain;
using SmartRoom.Modules.Identity.Persistence;

namespace SmartRoom.Modules.Identity.Features.Refresh;

/// <summary>
/// Trades a refresh token for a new pair. The token is single-use: each refresh rotates the session's
/// token id, and replaying an old one revokes the session (someone else holds a copy). A revoked session,
/// a changed security stamp (password change, sign-out everywhere, lock, role change) or a locked account
/// refuses at once.
/// </summary>
internal sealed record Refresh(string RefreshToken) : ICommand<Result<ClaimsPrincipal>>;

internal sealed class RefreshValidator : AbstractValidator<Refresh>
{
    public RefreshValidator() => RuleFor(x => x.RefreshToken).NotEmpty().MaximumLength(8192);
}

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

internal static class RefreshEndpoint
{
    internal sealed record Body(string RefreshToken);

    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapPost("/refresh", async (Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new Refresh(body.RefreshToken), ct))
                .ToHttp(principal => TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme)))
            .WithName("Refresh")
            .WithSummary("A new token pair for a valid refresh token; the old refresh token stops working.")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .Public();
}
