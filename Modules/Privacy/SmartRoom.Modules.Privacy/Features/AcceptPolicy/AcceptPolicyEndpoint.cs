using Microsoft.AspNetCore.Authorization;
using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Privacy.Features.AcceptPolicy;

internal static class AcceptPolicyEndpoint
{
    internal sealed record Body(int Version);

    public static void Map(IEndpointRouteBuilder me) =>
        me.MapPost("/accept", async (Body body, ICurrentUser caller, ISender sender, CancellationToken ct) =>
                (await sender.Send(new AcceptPolicy(body.Version, caller.IpAddress, caller.UserAgentToStore()), ct))
                .ToHttp(a => TypedResults.Ok(a)))
            .WithName("AcceptPrivacyPolicy")
            .WithSummary("Accept the privacy policy in force (or the upcoming version); recorded with time, IP address, browser and the text's SHA-256.")
            .Produces<PolicyAccepted>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            // Any signed-in account, also one that still owes an admin-required two-factor set-up: the policy gate
            // and the set-up would otherwise each wait for the other.
            .RequireAuthorization(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AllowBeforePolicyAcceptance();
}
