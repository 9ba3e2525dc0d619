namespace SmartRoom.Modules.Privacy.Features.GetPolicyNotices;

internal static class GetPolicyNoticesEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/policies/{id:guid}/notices", async (Guid id, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetPolicyNotices(id, page ?? 1, pageSize ?? 50), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("GetPolicyNotices")
            .WithSummary("Progress of a policy version's change notices: counts by outcome and the people who could not be reached (paged).")
            .Produces<PolicyNoticesReport>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
