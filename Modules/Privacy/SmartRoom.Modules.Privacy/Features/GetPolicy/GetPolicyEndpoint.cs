using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Privacy.Features.GetPolicy;

internal static class GetPolicyEndpoint
{
    public static void Map(IEndpointRouteBuilder privacy) =>
        privacy.MapGet("/policy", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetPolicy(), ct)).ToHttp(p => TypedResults.Ok(p)))
            .WithName("GetPrivacyPolicy")
            .WithSummary("The privacy policy in force (text, sanitised HTML, SHA-256, summary, updated on), and the upcoming version if one is published.")
            .Produces<PolicyInForce>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            // Public: the policy must be readable before signing up, and by anyone the acceptance gate holds back.
            .Public();
}
