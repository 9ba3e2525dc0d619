using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Identity.Features.Login;

internal static class LoginEndpoint
{
    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapPost("/login", async (LoginBody body, bool? useCookies, ISender sender, BearerTokens tokens, CancellationToken ct) =>
                (await sender.Send(new Login(body.Email, body.Password, useCookies == true, body.TwoFactorCode, body.TwoFactorRecoveryCode), ct))
                .ToHttp(granted => granted.Scheme == IdentityConstants.BearerScheme
                    ? Tokens(tokens, granted)
                    : TypedResults.SignIn(granted.Principal, new AuthenticationProperties { IsPersistent = granted.IsPersistent }, granted.Scheme)))
            .WithName("Login")
            .WithSummary("Sign in: answers {tokenType, accessToken, expiresIn, refreshToken, policy: {current, accepted, mustAccept}}, or sets the cookie with ?useCookies=true.")
            .Produces<LoginResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimits.SignIn)
            .Public();

    private static IResult Tokens(BearerTokens tokens, SignInGranted granted)
    {
        var pair = tokens.Issue(granted.Principal);
        return TypedResults.Ok(new LoginResponse(pair.TokenType, pair.AccessToken, pair.ExpiresIn, pair.RefreshToken, granted.Policy));
    }
}
