using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Privacy.Features.ListBreaches;

internal static class ListBreachesEndpoint
{
    public static void Map(IEndpointRouteBuilder breaches) =>
        breaches.MapGet("", async (int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListBreaches(page ?? 1, pageSize ?? 50), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListBreaches")
            .WithSummary("The breach register, newest first, with each breach's saDueAt, hours left and status.")
            .Produces<Paged<BreachSummary>>()
            .ProducesValidationProblem();
}
