using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Content.Features.SubmitRemovalRequest;

internal static class SubmitRemovalRequestEndpoint
{
    // Public: the policy lets anyone ask to remove content about them, account or not; rate-limited like the other public forms.
    public static void Map(IEndpointRouteBuilder content) =>
        content.MapPost("/removal-requests", async (SubmitRemovalRequestBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new SubmitRemovalRequest(body.Url, body.Reason, body.Email, body.Name), ct))
                .ToHttp(receipt => TypedResults.Accepted((string?)null, receipt)))
            .WithTags("Removal requests")
            .WithName("SubmitRemovalRequest")
            .WithSummary("Anyone: asks to remove a public post or comment of this site ({url, reason, email?, name?}); answers by when it is decided.")
            .Produces<RemovalRequestReceipt>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimits.ContentForms)
            .Public();
}
