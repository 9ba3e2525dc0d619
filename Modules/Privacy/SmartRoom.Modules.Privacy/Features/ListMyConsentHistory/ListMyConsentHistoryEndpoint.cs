using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Privacy.Features.ListMyConsentHistory;

internal static class ListMyConsentHistoryEndpoint
{
    public static void Map(IEndpointRouteBuilder me) =>
        me.MapGet("/consents/history", async (int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListMyConsentHistory(page ?? 1, pageSize ?? 50), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListMyConsentHistory")
            .WithSummary("Your consent records, newest first: each decision with its purpose version, method, time, network and browser.")
            .Produces<Paged<ConsentHistoryEntry>>()
            .ProducesValidationProblem();
}
