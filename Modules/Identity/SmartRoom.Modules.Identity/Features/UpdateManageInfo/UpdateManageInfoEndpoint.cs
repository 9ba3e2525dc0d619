using SmartRoom.Modules.Identity.Views;

namespace SmartRoom.Modules.Identity.Features.UpdateManageInfo;

internal static class UpdateManageInfoEndpoint
{
    public static void Map(IEndpointRouteBuilder manage) =>
        manage.MapPost("/info", async (UpdateManageInfoBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new UpdateManageInfo(body.NewEmail, body.NewPassword, body.OldPassword), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("UpdateManageInfo")
            .WithSummary("Change the password (old one required) and/or start an email change confirmed from the new address. Needs a recent proof (POST /reauthenticate): 403 sudo-required otherwise.")
            .Produces<InfoResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(IdentityPolicies.AllowDuringTwoFactorSetup);
}
