using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.ListLegalHolds;

internal static class ListLegalHoldsEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/legal-holds", async (bool? active, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListLegalHolds(active, page ?? 1, pageSize ?? 50), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListLegalHolds")
            .WithSummary("Legal holds, newest first, released ones included (filter with ?active=true or false).")
            .Produces<Paged<LegalHoldView>>()
            .ProducesValidationProblem();
}
