using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Identity.Features.ForgotPassword;

internal static class ForgotPasswordEndpoint
{
    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapPost("/forgot-password", async (ForgotPasswordBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ForgotPassword(body.Email), ct)).ToHttp(_ => TypedResults.Ok()))
            .WithName("ForgotPassword")
            .WithSummary("Emails a reset code if the address has a confirmed account. Always answers 200.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimits.PasswordReset)
            .Public();
}
