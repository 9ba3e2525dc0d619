using Microsoft.AspNetCore.Mvc;

namespace SmartRoom.Modules.Content.Features.LiftCommenterBan;

internal static class LiftCommenterBanEndpoint
{
    // DELETE binds no body unless told: the reason is required.
    public static void Map(IEndpointRouteBuilder moderation) =>
        moderation.MapDelete("/commenters/{userId:guid}/ban", async (Guid userId, [FromBody] LiftCommenterBanBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new LiftCommenterBan(userId, body.Reason), ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithName("LiftCommenterBan")
            .WithSummary("Marketing: lifts an account's ban from commenting {reason}.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
