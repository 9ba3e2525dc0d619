using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace SmartRoom.Modules.Identity.Features.ManageTwoFactor;

internal static class ManageTwoFactorEndpoint
{
    public static void Map(IEndpointRouteBuilder manage) =>
        manage.MapPost("/2fa", async (ManageTwoFactorBody body, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(
                    new ManageTwoFactor(body.Enable, body.TwoFactorCode, body.ResetSharedKey, body.ResetRecoveryCodes, await MachineRememberedAsync(http)), ct);
                if (result.IsSuccess && body.ForgetMachine)
                {
                    await http.SignOutAsync(IdentityConstants.TwoFactorRememberMeScheme);
                }

                return result.ToHttp(r => TypedResults.Ok(r));
            })
            .WithName("ManageTwoFactor")
            .WithSummary("Two-factor sign-in: state, shared key, enable/disable, recovery codes. Post {} to read. Turning it off, the shared key and new recovery codes need a recent proof (POST /reauthenticate): 403 sudo-required otherwise.")
            .Produces<TwoFactorResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireAuthorization(IdentityPolicies.AllowDuringTwoFactorSetup);

    /// <summary>As Identity's <c>IsTwoFactorClientRememberedAsync</c>: a "remember this machine" cookie naming the caller.</summary>
    private static async Task<bool> MachineRememberedAsync(HttpContext http)
    {
        var remembered = await http.AuthenticateAsync(IdentityConstants.TwoFactorRememberMeScheme);
        return remembered.Principal?.FindFirstValue(ClaimTypes.Name) is { } id && id == http.User.FindFirstValue(ClaimTypes.NameIdentifier);
    }
}
