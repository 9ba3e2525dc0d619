using SmartRoom.BuildingBlocks.Modules;

namespace SmartRoom.Modules.Identity.Features.ConfirmEmail;

internal static class ConfirmEmailEndpoint
{
    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapGet("/confirm-email", async (Guid userId, string code, string? changedEmail, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ConfirmEmail(userId, code, changedEmail), ct))
                .ToHttp(r => TypedResults.Ok(new { confirmed = true, r.Email })))
            .WithName("ConfirmEmail")
            .WithSummary("The link from the confirmation email.")
            .ProducesValidationProblem()
            .Public();
}
