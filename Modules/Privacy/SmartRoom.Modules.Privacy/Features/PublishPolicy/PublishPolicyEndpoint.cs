using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.PublishPolicy;

internal static class PublishPolicyEndpoint
{
    public static void Map(IEndpointRouteBuilder policies) =>
        policies.MapPost("/{policyId:guid}/publish", async (Guid policyId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new PublishPolicy(policyId), ct)).ToHttp(v => TypedResults.Ok(v)))
            .WithName("PublishPrivacyPolicy")
            .WithSummary("Publish a draft: it gets the next number and can no longer change; an effective date already past becomes now.")
            .Produces<AdminPolicyVersionView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
