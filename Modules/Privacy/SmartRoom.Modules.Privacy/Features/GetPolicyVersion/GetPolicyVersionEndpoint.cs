using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.GetPolicyVersion;

internal static class GetPolicyVersionEndpoint
{
    public static void Map(IEndpointRouteBuilder privacy) =>
        privacy.MapGet("/policies/{number:int}", async (int number, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetPolicyVersion(number), ct)).ToHttp(p => TypedResults.Ok(p)))
            .WithName("GetPrivacyPolicyVersion")
            .WithSummary("One published version of the privacy policy by its number.")
            .Produces<PolicyVersionView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            // Public: published versions are public; drafts are never found here.
            .Public();
}
