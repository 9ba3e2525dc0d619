using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Privacy.Features.ListPolicies;

internal static class ListPoliciesEndpoint
{
    public static void Map(IEndpointRouteBuilder privacy) =>
        privacy.MapGet("/policies", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListPolicies(), ct)).ToHttp(p => TypedResults.Ok(p)))
            .WithName("ListPrivacyPolicies")
            .WithSummary("Every published version of the privacy policy, newest first, with its summary, effective date and diff to the one before.")
            .Produces<IReadOnlyList<PolicyHistoryItem>>()
            // Public: the history of a published policy is public, as the policy is.
            .Public();
}
