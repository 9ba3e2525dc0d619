using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.ReleaseLegalHold;

internal static class ReleaseLegalHoldEndpoint
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapPost("/legal-holds/{holdId:guid}/release", async (Guid holdId, ReleaseLegalHoldBody body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ReleaseLegalHold(holdId, body.Reason), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ReleaseLegalHold")
            .WithSummary("Release a legal hold, with the reason; it stays on record.")
            .Produces<LegalHoldView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
