using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Identity.Features.Refresh;

internal static class RefreshEndpoint
{
    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapPost("/refresh", async (RefreshBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new Refresh(body.RefreshToken), ct))
                .ToHttp(principal => TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme)))
            .WithName("Refresh")
            .WithSummary("A new token pair for a valid refresh token; the old refresh token stops working.")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .Public();
}
