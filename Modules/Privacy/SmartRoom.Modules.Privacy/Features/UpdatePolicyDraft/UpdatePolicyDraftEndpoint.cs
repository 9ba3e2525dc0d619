using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.UpdatePolicyDraft;

internal static class UpdatePolicyDraftEndpoint
{
    internal sealed record Body(string Text, string? Summary, bool Material, DateTimeOffset EffectiveAt);

    public static void Map(IEndpointRouteBuilder policies) =>
        policies.MapPut("/{policyId:guid}", async (Guid policyId, Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new UpdatePolicyDraft(policyId, body.Text, body.Summary, body.Material, body.EffectiveAt), ct))
                .ToHttp(v => TypedResults.Ok(v)))
            .WithName("UpdatePrivacyPolicyDraft")
            .WithSummary("Replace a draft of the privacy policy; a published version never changes (409).")
            .Produces<AdminPolicyVersionView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
