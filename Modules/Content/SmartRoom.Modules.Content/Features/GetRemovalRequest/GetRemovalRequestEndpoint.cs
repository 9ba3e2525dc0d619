using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetRemovalRequest;

internal static class GetRemovalRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder moderation) =>
        moderation.MapGet("/removal-requests/{removalRequestId:guid}", async (Guid removalRequestId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetRemovalRequest(removalRequestId), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("GetRemovalRequest")
            .WithSummary("Marketing: one removal request with the content it names and its decision.")
            .Produces<RemovalRequestView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
