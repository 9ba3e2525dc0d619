using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.DecideRemovalRequest;

internal static class DecideRemovalRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder moderation) =>
        moderation.MapPost("/removal-requests/{removalRequestId:guid}/decide",
                async (Guid removalRequestId, DecideRemovalRequestBody body, ISender sender, CancellationToken ct) =>
                    (await sender.Send(new DecideRemovalRequest(removalRequestId, body.Remove, body.Reason), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("DecideRemovalRequest")
            .WithSummary("Marketing: decides a removal request once ({remove, reason}; the reason is required both ways and sent to the requester).")
            .Produces<RemovalRequestView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
