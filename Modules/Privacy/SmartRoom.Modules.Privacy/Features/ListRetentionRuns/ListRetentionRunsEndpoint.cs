using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Privacy.Features.ListRetentionRuns;

internal static class ListRetentionRunsEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/retention/runs", async (int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListRetentionRuns(page ?? 1, pageSize ?? 20), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListRetentionRuns")
            .WithSummary("Retention runs, newest first, with what each category's module purged or held back.")
            .Produces<Paged<RetentionRunView>>()
            .ProducesValidationProblem();
}
