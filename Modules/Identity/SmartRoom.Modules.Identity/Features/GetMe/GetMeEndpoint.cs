using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Identity.Views;

namespace SmartRoom.Modules.Identity.Features.GetMe;

internal static class GetMeEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetMe(), ct)).ToHttp(me => TypedResults.Ok(me)))
            .WithName("GetMe")
            .WithSummary("The signed-in account.")
            .Produces<Me>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .RequireAuthorization(IdentityPolicies.AllowDuringTwoFactorSetup)
            .AllowBeforePolicyAcceptance();
}
