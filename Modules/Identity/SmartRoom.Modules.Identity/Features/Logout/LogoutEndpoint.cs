using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Authentication;
using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Identity.Features.Logout;

internal static class LogoutEndpoint
{
    public static void Map(IEndpointRouteBuilder identity)
    {
        identity.MapPost("/logout", async (HttpContext http, ISender sender, CancellationToken ct) =>
                await SignedOutAsync(http, await sender.Send(new Logout(SessionClaims.SessionIdOf(http.User), Everywhere: false), ct)))
            .WithName("Logout")
            .WithSummary("Sign out of this session: its refresh token stops working.")
            .RequireAuthorization(IdentityPolicies.AllowDuringTwoFactorSetup)
            .AllowBeforePolicyAcceptance();

        identity.MapPost("/logout-everywhere", async (HttpContext http, ISender sender, CancellationToken ct) =>
                await SignedOutAsync(http, await sender.Send(new Logout(null, Everywhere: true), ct)))
            .WithName("LogoutEverywhere")
            .WithSummary("Sign out of every session and device.")
            .RequireAuthorization(IdentityPolicies.AllowDuringTwoFactorSetup)
            .AllowBeforePolicyAcceptance();
    }

    /// <summary>The sessions are ended; a dashboard cookie sent along is cleared too.</summary>
    private static async Task<IResult> SignedOutAsync(HttpContext http, Result<Done> result)
    {
        if (!result.IsSuccess)
        {
            return result.Error.ToProblem();
        }

        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return TypedResults.NoContent();
    }
}
