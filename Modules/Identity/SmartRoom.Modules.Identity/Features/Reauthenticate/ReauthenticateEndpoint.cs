namespace SmartRoom.Modules.Identity.Features.Reauthenticate;

internal static class ReauthenticateEndpoint
{
    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapPost("/reauthenticate", async (ReauthenticateBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new Reauthenticate(body.Password, body.TwoFactorCode, body.TwoFactorRecoveryCode), ct))
                .ToHttp(r => TypedResults.Ok(r)))
            .WithName("Reauthenticate")
            .WithSummary("Prove it is you again (password, or with 2FA on a code) to open sensitive account changes for a few minutes.")
            .Produces<Reauthenticated>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimits.SignIn)
            .RequireAuthorization(IdentityPolicies.AllowDuringTwoFactorSetup);
}
