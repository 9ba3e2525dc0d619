using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.CreatePolicyDraft;

internal static class CreatePolicyDraftEndpoint
{
    public static void Map(IEndpointRouteBuilder policies) =>
        policies.MapPost("", async (PolicyDraftBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new CreatePolicyDraft(body.Text, body.Summary, body.Material, body.EffectiveAt), ct))
                .ToHttp(v => TypedResults.Created($"/api/admin/privacy/policies/{v.Id}", v)))
            .WithName("CreatePrivacyPolicyDraft")
            .WithSummary("Write a new version of the privacy policy as a draft (Markdown with the <!-- data-map --> marker line).")
            .Produces<AdminPolicyVersionView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
