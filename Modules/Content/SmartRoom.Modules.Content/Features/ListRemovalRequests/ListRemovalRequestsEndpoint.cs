using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ListRemovalRequests;

internal static class ListRemovalRequestsEndpoint
{
    public static void Map(IEndpointRouteBuilder moderation) =>
        moderation.MapGet("/removal-requests", async (string? status, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListRemovalRequests(status, page ?? 1, pageSize ?? 50), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("ListRemovalRequests")
            .WithSummary("Marketing: removal requests, oldest deadline first, with the content they name; status=open|decided.")
            .Produces<Paged<RemovalRequestView>>()
            .ProducesValidationProblem();
}
