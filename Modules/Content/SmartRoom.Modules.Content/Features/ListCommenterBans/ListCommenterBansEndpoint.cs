using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ListCommenterBans;

internal static class ListCommenterBansEndpoint
{
    public static void Map(IEndpointRouteBuilder moderation) =>
        moderation.MapGet("/commenters/bans", async (int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListCommenterBans(page ?? 1, pageSize ?? 50), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("ListCommenterBans")
            .WithSummary("Marketing: the bans from commenting in force, newest first.")
            .Produces<Paged<CommenterBanView>>()
            .ProducesValidationProblem();
}
