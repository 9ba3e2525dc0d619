using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Identity.Features.Login;

internal static class LoginEndpoint
{
    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapPost("/login", async (LoginBody body, bool? useCookies, ISender sender, CancellationToken ct) =>
                (await sender.Send(new Login(body.Email, body.Password, useCookies == true, body.TwoFactorCode, body.TwoFactorRecoveryCode), ct))
                .ToHttp(granted => TypedResults.SignIn(granted.Principal,
                    new AuthenticationProperties { IsPersistent = granted.IsPersistent }, granted.Scheme)))
            .WithName("Login")
            .WithSummary("Sign in: answers {tokenType, accessToken, expiresIn, refreshToken}, or sets the cookie with ?useCookies=true.")
            .Produces<AccessTokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimits.SignIn)
            .Public();
}
