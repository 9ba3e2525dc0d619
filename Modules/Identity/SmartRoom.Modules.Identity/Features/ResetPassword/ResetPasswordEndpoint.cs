using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Identity.Features.ResetPassword;

internal static class ResetPasswordEndpoint
{
    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapPost("/reset-password", async (ResetPasswordBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ResetPassword(body.Email, body.ResetCode, body.NewPassword), ct)).ToHttp(_ => TypedResults.Ok()))
            .WithName("ResetPassword")
            .WithSummary("Set a new password with the emailed reset code.")
            .ProducesValidationProblem()
            .RequireRateLimiting(RateLimits.PasswordReset)
            .Public();
}
