namespace SmartRoom.Modules.Privacy.Features.GetPolicyNotices;

internal static class GetPolicyNoticesEndpoint
{
    public static void Map(IEndpointRouteBuilder policies) =>
        policies.MapGet("/{policyId:guid}/notices", async (Guid policyId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetPolicyNotices(policyId, page ?? 1, pageSize ?? 50), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("GetPolicyNotices")
            .WithSummary("Progress of a policy version's change notices: counts by outcome and the people who could not be reached (paged).")
            .Produces<PolicyNoticesReport>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
