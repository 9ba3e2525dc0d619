using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.ListPolicyVersions;

internal static class ListPolicyVersionsEndpoint
{
    public static void Map(IEndpointRouteBuilder policies) =>
        policies.MapGet("", async (ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListPolicyVersions(), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("ListPrivacyPolicyVersions")
            .WithSummary("Every version of the privacy policy, drafts first, then published versions newest first.")
            .Produces<IReadOnlyList<AdminPolicyVersionView>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
